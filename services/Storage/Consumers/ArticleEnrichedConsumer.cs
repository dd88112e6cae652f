using System.Diagnostics;
using System.Runtime.ExceptionServices;
using Ingestion.Contracts;
using Ingestion.Storage.Persistence;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace Ingestion.Storage.Consumers;

/// <summary>
/// Writes enriched articles in batches (upserts by id, so a redelivered message replaces rather than duplicates) with a
/// <see cref="SplittingBatchWriter"/>, and announces each article once with an <see cref="ArticleAnnouncer"/>. Messages
/// that could not be stored fault alone; the stored ones of the same batch are done.
/// </summary>
public sealed partial class ArticleEnrichedConsumer(IArticleStore store, TimeProvider time, ILogger<ArticleEnrichedConsumer> logger)
    : IConsumer<Batch<ArticleEnriched>>
{
    private static readonly string s_consumerType = TypeCache<ArticleEnrichedConsumer>.ShortName;

    private readonly SplittingBatchWriter _writer = new(store, time, logger);
    private readonly ArticleAnnouncer _announcer = new(store);

    public async Task Consume(ConsumeContext<Batch<ArticleEnriched>> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        long started = Stopwatch.GetTimestamp();
        DateTimeOffset storedAt = time.GetUtcNow();
        BatchEntry[] entries = [.. context.Message.Select(message => BatchEntry.Map(message, storedAt))];

        await _writer.WriteAsync(entries, context.CancellationToken).ConfigureAwait(false);
        List<BatchEntry> stored = [.. entries.Where(e => e.Outcome is not null)];
        int announced = await _announcer.AnnounceAsync(stored, storedAt, context.CancellationToken).ConfigureAwait(false);
        LogBatch(logger, entries.Length, stored.Count, announced);

        BatchEntry? poisoned = entries.FirstOrDefault(e => e.Failure is not null);
        if (poisoned is not null)
        {
            // The batch must fail for the poisoned messages to fault to the error queue, but the stored ones are done:
            // marked delivered, MassTransit does not fault them when the batch fails.
            TimeSpan elapsed = Stopwatch.GetElapsedTime(started);
            foreach (BatchEntry entry in stored)
            {
                await entry.Context.ReceiveContext.NotifyConsumed(entry.Context, elapsed, s_consumerType).ConfigureAwait(false);
            }

            ExceptionDispatchInfo.Throw(poisoned.Failure!);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Batch of {Count}: {Stored} stored, {Announced} announced")]
    private static partial void LogBatch(ILogger logger, int count, int stored, int announced);
}
