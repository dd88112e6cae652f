using System.Diagnostics;
using System.Runtime.ExceptionServices;
using Ingestion.Contracts;
using Ingestion.Storage.Persistence;
using Ingestion.Storage.Resilience;
using Ingestion.Storage.Telemetry;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace Ingestion.Storage.Consumers;

/// <summary>
/// Writes enriched articles in batches (one <see cref="IArticleStore.UpsertManyAsync"/> per batch, upserts by id so a
/// redelivered message replaces rather than duplicates) and announces each article once as <see cref="ArticleStored"/>.
/// </summary>
/// <remarks>
/// Announce once: the store keeps a mark per announced article; only articles without a mark at this revision are
/// published, and they are marked after the publish. A crash between the publish and the mark announces those
/// articles again on redelivery (at least once, never lost): subscribers dedupe by <c>ArticleId</c>. Publish first and
/// mark after is deliberate: the other order would lose the event for good in the same crash, and the feed-watcher
/// waits for it.
/// </remarks>
public sealed partial class ArticleEnrichedConsumer(IArticleStore store, TimeProvider time, ILogger<ArticleEnrichedConsumer> logger)
    : IConsumer<Batch<ArticleEnriched>>
{
    private static readonly string s_consumerType = TypeCache<ArticleEnrichedConsumer>.ShortName;

    public async Task Consume(ConsumeContext<Batch<ArticleEnriched>> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        long started = Stopwatch.GetTimestamp();
        DateTimeOffset storedAt = time.GetUtcNow();
        BatchEntry[] entries = [.. context.Message.Select(message => BatchEntry.Map(message, storedAt))];

        await WriteAsync(entries, context.CancellationToken).ConfigureAwait(false);
        List<BatchEntry> stored = [.. entries.Where(e => e.Outcome is not null)];
        int announced = await AnnounceAsync(stored, storedAt, context.CancellationToken).ConfigureAwait(false);
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

    private async Task WriteAsync(BatchEntry[] entries, CancellationToken cancellationToken)
    {
        BatchEntry[] mapped = [.. entries.Where(e => e.Document is not null)];
        if (mapped.Length == 0)
        {
            return;
        }

        try
        {
            long started = time.GetTimestamp();
            IReadOnlyList<UpsertOutcome> outcomes = await store.UpsertManyAsync([.. mapped.Select(e => e.Document!)], cancellationToken).ConfigureAwait(false);
            TimeSpan elapsed = time.GetElapsedTime(started);
            for (int i = 0; i < mapped.Length; i++)
            {
                mapped[i].Outcome = outcomes[i];
                StorageMetrics.Record(outcomes[i], elapsed, store.Kind);
            }
        }
        catch (Exception ex) when (!StoreFailures.IsOutage(ex) && mapped.Length == 1)
        {
            mapped[0].Failure = ex;
        }
        catch (Exception ex) when (!StoreFailures.IsOutage(ex))
        {
            // One bad document fails a whole batch write: write one at a time, so that only the bad one faults. An
            // outage is not split: the whole batch is held by the message retries.
            LogSplit(logger, mapped.Length, ex);
            foreach (BatchEntry entry in mapped)
            {
                try
                {
                    long started = time.GetTimestamp();
                    entry.Outcome = await store.UpsertAsync(entry.Document!, cancellationToken).ConfigureAwait(false);
                    StorageMetrics.Record(entry.Outcome.Value, time.GetElapsedTime(started), store.Kind);
                }
                catch (Exception single) when (!StoreFailures.IsOutage(single))
                {
                    entry.Failure = single;
                }
            }
        }
    }

    private async Task<int> AnnounceAsync(List<BatchEntry> stored, DateTimeOffset announcedAt, CancellationToken cancellationToken)
    {
        if (stored.Count == 0)
        {
            return 0;
        }

        // A batch may carry the same article twice: the last copy is what the store kept, announced once.
        Dictionary<string, (BatchEntry Last, bool Created)> byId = new(StringComparer.Ordinal);
        foreach (BatchEntry entry in stored)
        {
            bool created = entry.Outcome == UpsertOutcome.Created || (byId.TryGetValue(entry.Document!.Id, out var seen) && seen.Created);
            byId[entry.Document!.Id] = (entry, created);
        }

        IReadOnlyDictionary<string, string> marks = await store.FindAnnouncedAsync(byId.Keys, cancellationToken).ConfigureAwait(false);
        List<(BatchEntry Entry, bool Created, string Revision)> due = [];
        foreach ((string id, (BatchEntry last, bool created)) in byId)
        {
            string revision = ArticleRevision.Of(last.Document!);
            if (!marks.TryGetValue(id, out string? announced) || announced != revision)
            {
                due.Add((last, created, revision));
            }
        }

        if (due.Count == 0)
        {
            return 0;
        }

        // Each event goes out on its own message's context, so that it carries that article's trace and conversation.
        await Task.WhenAll(due.Select(d => d.Entry.Context.Publish(Stored(d.Entry, d.Created), cancellationToken))).ConfigureAwait(false);
        await store.MarkAnnouncedAsync([.. due.Select(d => new ArticleAnnouncement(d.Entry.Document!.Id, d.Revision, announcedAt))], cancellationToken)
            .ConfigureAwait(false);
        return due.Count;
    }

    private ArticleStored Stored(BatchEntry entry, bool created)
    {
        ArticleEnriched article = entry.Context.Message;
        ArticleDocument document = entry.Document!;
        return new ArticleStored
        {
            ArticleId = article.ArticleId,
            ContentHash = article.ContentHash,
            StoredAt = document.StoredAt,
            Store = store.Kind,
            Location = store.Location,
            Created = created,
            FileName = article.Source.FileName,
            Title = article.Title,
            Language = article.Language,
            PublishedAt = article.PublishedAt,
            ReceivedAt = article.ReceivedAt,
            EntityCount = document.Entities.Count,
            TemporalCount = document.Temporal.Count,
        };
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Batch of {Count}: {Stored} stored, {Announced} announced")]
    private static partial void LogBatch(ILogger logger, int count, int stored, int announced);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A batch write of {Count} articles failed; writing them one at a time to isolate the bad one")]
    private static partial void LogSplit(ILogger logger, int count, Exception exception);
}
