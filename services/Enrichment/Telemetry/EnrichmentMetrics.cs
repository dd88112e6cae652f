using System.Diagnostics.Metrics;
using Ingestion.Enrichment.Engine;
using Ingestion.ServiceDefaults.Telemetry;

namespace Ingestion.Enrichment.Telemetry;

/// <summary>Per-article engine figures: latency per component, and how much each article yields.</summary>
public static class EnrichmentMetrics
{
    private static readonly Histogram<double> s_componentDuration = IngestionTelemetry.Meter.CreateHistogram<double>(
        "ingestion.enrichment.component.duration", unit: "ms", description: "Time an engine component took on one article.");

    private static readonly Histogram<int> s_entities = IngestionTelemetry.Meter.CreateHistogram<int>(
        "ingestion.enrichment.entities", description: "Named entities found per article.");

    private static readonly Histogram<int> s_temporal = IngestionTelemetry.Meter.CreateHistogram<int>(
        "ingestion.enrichment.temporal", description: "Date and time expressions found per article.");

    public static void Record(EnrichmentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        foreach ((string component, TimeSpan duration) in result.Durations)
        {
            s_componentDuration.Record(duration.TotalMilliseconds, new KeyValuePair<string, object?>("component", component));
        }

        var language = new KeyValuePair<string, object?>("language", result.Language.Code);
        s_entities.Record(result.Entities.Count, language);
        s_temporal.Record(result.Temporal.Count, language);
    }
}
