using System.Diagnostics.Metrics;
using Ingestion.ServiceDefaults.Telemetry;
using Ingestion.Storage.Persistence;

namespace Ingestion.Storage.Telemetry;

/// <summary>What the store did: articles written (created or replaced) and how long each write took, retries included.</summary>
public static class StorageMetrics
{
    private static readonly Counter<long> s_stored = IngestionTelemetry.Meter.CreateCounter<long>(
        "ingestion.storage.articles.stored", description: "Articles written to the store, by outcome (created, replaced).");

    private static readonly Histogram<double> s_writeDuration = IngestionTelemetry.Meter.CreateHistogram<double>(
        "ingestion.storage.write.duration", unit: "ms", description: "Time the write that held an article took (its batch's write), retries included.");

    public static void Record(UpsertOutcome outcome, TimeSpan duration, string store)
    {
        var kind = new KeyValuePair<string, object?>("store", store);
        s_stored.Add(1, new KeyValuePair<string, object?>("outcome", outcome == UpsertOutcome.Created ? "created" : "replaced"), kind);
        s_writeDuration.Record(duration.TotalMilliseconds, kind);
    }
}
