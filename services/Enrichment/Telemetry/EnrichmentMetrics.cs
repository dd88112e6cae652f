using System.Diagnostics.Metrics;
using Ingestion.Enrichment.Engine;
using Ingestion.ServiceDefaults.Telemetry;

namespace Ingestion.Enrichment.Telemetry;

/// <summary>
/// Per-article engine figures: latency per component, how much each article yields, and the engine calls' CPU and wall
/// seconds as counters (<c>ingestion_enrichment_engine_cpu_seconds_total</c>, <c>…_time_seconds_total</c> on
/// <c>/metrics</c>): the service's CPU minus the engine's is what moving an article costs.
/// </summary>
public static class EnrichmentMetrics
{
    private static readonly Histogram<double> s_componentDuration = IngestionTelemetry.Meter.CreateHistogram<double>(
        "ingestion.enrichment.component.duration", unit: "ms", description: "Time an engine component took on one article.");

    private static readonly Histogram<int> s_entities = IngestionTelemetry.Meter.CreateHistogram<int>(
        "ingestion.enrichment.entities", description: "Named entities found per article.");

    private static readonly Histogram<int> s_temporal = IngestionTelemetry.Meter.CreateHistogram<int>(
        "ingestion.enrichment.temporal", description: "Date and time expressions found per article.");

    private static readonly Counter<double> s_engineCpu = IngestionTelemetry.Meter.CreateCounter<double>(
        "ingestion.enrichment.engine.cpu", unit: "s", description: "CPU time the engine used on the consumed articles (thread CPU time of the call).");

    private static readonly Counter<double> s_engineTime = IngestionTelemetry.Meter.CreateCounter<double>(
        "ingestion.enrichment.engine.time", unit: "s", description: "Wall time of the engine calls on the consumed articles.");

    /// <summary>One engine call's cost; <paramref name="cpu"/> is null where the thread's CPU clock is not available.</summary>
    public static void RecordCost(TimeSpan? cpu, TimeSpan wall)
    {
        s_engineTime.Add(wall.TotalSeconds);
        if (cpu is { } used)
        {
            s_engineCpu.Add(used.TotalSeconds);
        }
    }

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
