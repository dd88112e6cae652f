using Ingestion.Storage.Persistence;
using Ingestion.Storage.Resilience;
using Ingestion.Storage.Telemetry;
using Microsoft.Extensions.Logging;

namespace Ingestion.Storage.Consumers;

/// <summary>
/// Writes a batch in one <see cref="IArticleStore.UpsertManyAsync"/>. When that write fails for a reason other than an
/// outage, one bad document is the likely cause: the batch is written again one document at a time, so that only the
/// bad one gets a <see cref="BatchEntry.Failure"/>. An outage is not split: it propagates, and the message retries hold
/// the whole batch.
/// </summary>
internal sealed partial class SplittingBatchWriter(IArticleStore store, TimeProvider time, ILogger logger)
{
    public async Task WriteAsync(BatchEntry[] entries, CancellationToken cancellationToken)
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
            LogSplit(logger, mapped.Length, ex);
            foreach (BatchEntry entry in mapped)
            {
                await WriteOneAsync(entry, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task WriteOneAsync(BatchEntry entry, CancellationToken cancellationToken)
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "A batch write of {Count} articles failed; writing them one at a time to isolate the bad one")]
    private static partial void LogSplit(ILogger logger, int count, Exception exception);
}
