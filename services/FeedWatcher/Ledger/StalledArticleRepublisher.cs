using Ingestion.Contracts;
using Ingestion.ServiceDefaults.Messaging;
using MassTransit;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ingestion.FeedWatcher.Ledger;

/// <summary>
/// Keeps the ledger's pending articles moving. Every <see cref="RepublishOptions.StoredCheckInterval"/> it asks the
/// storage service which of them it holds (one request per batch of ids, the longest pending first) and closes their
/// entries: the watcher consumes no per-article event. Every <see cref="RepublishOptions.CheckInterval"/> it publishes
/// again what was published but not stored within <see cref="RepublishOptions.After"/>, rebuilt from its file in
/// <c>processed/</c>: a message lost to a broker crash or an unbound queue is not lost for good. Enrichment and storage
/// are idempotent, so a message that was only slow makes no second document.
/// </summary>
public sealed partial class StalledArticleRepublisher(
    IBusControl bus,
    IntakeLedger ledger,
    StoredArticleQuery store,
    PublishedArticleSource source,
    IOptions<RepublishOptions> options,
    TimeProvider time,
    ILogger<StalledArticleRepublisher> logger) : BackgroundService
{
    // While the oldest batch comes back all stored, the next is asked at once; a sweep asks at most this many.
    private const int MaxRequestsPerSweep = 20;

    private bool _storeUnanswered;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await bus.WaitUntilHealthyAsync(time, stoppingToken).ConfigureAwait(false);
        RepublishOptions settings = options.Value;
        using var timer = new PeriodicTimer(settings.StoredCheckInterval, time);
        long lastStallCheck = time.GetTimestamp();
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                await ConfirmStoredAsync(stoppingToken).ConfigureAwait(false);
                if (time.GetElapsedTime(lastStallCheck) >= settings.CheckInterval)
                {
                    lastStallCheck = time.GetTimestamp();
                    await RepublishStalledAsync(stoppingToken).ConfigureAwait(false);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                LogCheckFailed(logger, ex);
            }
        }
    }

    /// <summary>One sweep: closes the entries of pending articles the store holds; returns how many closed.</summary>
    public async Task<int> ConfirmStoredAsync(CancellationToken cancellationToken)
    {
        int batch = options.Value.StoredQueryBatch;
        int closed = 0;
        for (int request = 0; request < MaxRequestsPerSweep; request++)
        {
            IReadOnlyList<string> pending = ledger.PendingIds(batch);
            if (pending.Count == 0)
            {
                break;
            }

            IReadOnlyList<string>? stored = await AskStoreAsync(pending, cancellationToken).ConfigureAwait(false);
            if (stored is null)
            {
                break;
            }

            closed += ledger.MarkStored(stored, time.GetUtcNow());

            // Articles travel the queues in about the order they were published: when some of the oldest are not
            // stored yet, the younger ones mostly are not either, and are asked about at the next tick.
            if (stored.Count < pending.Count || pending.Count < batch)
            {
                break;
            }
        }

        return closed;
    }

    /// <summary>One check for stalled articles; returns how many went out again.</summary>
    public async Task<int> RepublishStalledAsync(CancellationToken cancellationToken)
    {
        DateTimeOffset now = time.GetUtcNow();
        IReadOnlyList<LedgerEntry> stalled = ledger.PublishedBefore(now - options.Value.After, options.Value.BatchSize);
        if (stalled.Count == 0)
        {
            return 0;
        }

        // Asked once more right before: an article stored since the last sweep is not sent again. Without an answer
        // (the storage service is down too) they go out again, as they would have without the question.
        IReadOnlyList<string> stored = await AskStoreAsync([.. stalled.Select(entry => entry.Id)], cancellationToken).ConfigureAwait(false) ?? [];
        ledger.MarkStored(stored, now);
        var storedIds = stored.ToHashSet(StringComparer.Ordinal);

        int republished = 0;
        foreach (LedgerEntry entry in stalled.Where(entry => !storedIds.Contains(entry.Id)))
        {
            if (source.Rebuild(entry) is not { } message)
            {
                ledger.MarkFailed(entry.Id, $"Not stored within {options.Value.After}, and its file ({entry.FileName}) is no longer in processed/ or duplicates/ to publish it again: drop the file into the feed again.");
                LogFileGone(logger, entry.Id, entry.FileName);
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

    private async Task<IReadOnlyList<string>?> AskStoreAsync(IReadOnlyList<string> articleIds, CancellationToken cancellationToken)
    {
        try
        {
            IReadOnlyList<string> stored = await store.FindStoredAsync(articleIds, cancellationToken).ConfigureAwait(false);
            if (_storeUnanswered)
            {
                _storeUnanswered = false;
                LogStoreAnswers(logger);
            }

            return stored;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Once per outage, not at every tick.
            if (!_storeUnanswered)
            {
                _storeUnanswered = true;
                LogStoreUnanswered(logger, ex.GetType().Name, ex.Message);
            }

            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Article {ArticleId} from {FileName} was not stored in time; published again (attempt {Attempt})")]
    private static partial void LogRepublished(ILogger logger, string articleId, string fileName, int attempt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Article {ArticleId} was not stored in time and cannot be published again: its file {FileName} is no longer in processed/ or duplicates/; marked failed")]
    private static partial void LogFileGone(ILogger logger, string articleId, string fileName);

    [LoggerMessage(Level = LogLevel.Error, Message = "Checking the ledger failed; trying again at the next interval")]
    private static partial void LogCheckFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The storage service does not answer which articles it holds ({ExceptionType}: {Reason}); pending articles stay pending, asked again every interval")]
    private static partial void LogStoreUnanswered(ILogger logger, string exceptionType, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "The storage service answers again which articles it holds")]
    private static partial void LogStoreAnswers(ILogger logger);
}
