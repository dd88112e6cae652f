using System.Text.Json;
using Ingestion.Contracts;
using Ingestion.ServiceDefaults.Messaging;
using MassTransit;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ingestion.FeedWatcher.Ledger;

/// <summary>
/// Publishes again what was published but not stored within <see cref="RepublishOptions.After"/>: a message lost to a
/// broker crash or an unbound queue is not lost for good. Enrichment and storage are idempotent, so a message that was
/// only slow makes no second document.
/// </summary>
public sealed partial class StalledArticleRepublisher(
    IBusControl bus,
    IntakeLedger ledger,
    IOptions<RepublishOptions> options,
    TimeProvider time,
    ILogger<StalledArticleRepublisher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await bus.WaitUntilHealthyAsync(time, stoppingToken).ConfigureAwait(false);
        using var timer = new PeriodicTimer(options.Value.CheckInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                await RepublishStalledAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogCheckFailed(logger, ex);
            }
        }
    }

    /// <summary>One check; returns how many articles went out again.</summary>
    public async Task<int> RepublishStalledAsync(CancellationToken cancellationToken)
    {
        DateTimeOffset now = time.GetUtcNow();
        int republished = 0;
        foreach (LedgerEntry entry in ledger.PublishedBefore(now - options.Value.After, options.Value.BatchSize))
        {
            if (entry.Message is null || JsonSerializer.Deserialize<ArticleDiscovered>(entry.Message) is not { } message)
            {
                continue;
            }

            await bus.Publish(message, cancellationToken).ConfigureAwait(false);
            if (ledger.MarkRepublished(entry.Id, now))
            {
                republished++;
                LogRepublished(logger, entry.Id, entry.FileName, entry.Attempts + 1);
            }
        }

        return republished;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Article {ArticleId} from {FileName} was not stored in time; published again (attempt {Attempt})")]
    private static partial void LogRepublished(ILogger logger, string articleId, string fileName, int attempt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Checking the ledger for stalled articles failed; trying again at the next interval")]
    private static partial void LogCheckFailed(ILogger logger, Exception exception);
}
