using System.Diagnostics;
using System.Diagnostics.Metrics;
using Ingestion.Enrichment.Engine;
using Ingestion.ServiceDefaults.Telemetry;

namespace Ingestion.Enrichment.Telemetry;

/// <summary>
/// Runs the engine and counts what it cost: CPU seconds of the engine call alone and wall seconds, as counters
/// (<c>ingestion_enrichment_engine_cpu_seconds_total</c>, <c>ingestion_enrichment_engine_time_seconds_total</c> on
/// <c>/metrics</c>). The service's CPU minus the engine's is what moving an article costs (the load harness reports both).
/// </summary>
public static class EngineTimer
{
    private static readonly Counter<double> s_cpu = IngestionTelemetry.Meter.CreateCounter<double>(
        "ingestion.enrichment.engine.cpu", unit: "s", description: "CPU time the engine used on the consumed articles (thread CPU time of the call).");

    private static readonly Counter<double> s_wall = IngestionTelemetry.Meter.CreateCounter<double>(
        "ingestion.enrichment.engine.time", unit: "s", description: "Wall time of the engine calls on the consumed articles.");

    public static EnrichmentResult Enrich(IEnrichmentEngine engine, EnrichmentRequest request)
    {
        ArgumentNullException.ThrowIfNull(engine);
        TimeSpan? cpuBefore = ThreadCpuTime.Now();
        long started = Stopwatch.GetTimestamp();
        EnrichmentResult result = engine.Enrich(request);
        s_wall.Add(Stopwatch.GetElapsedTime(started).TotalSeconds);
        if (cpuBefore is { } before && ThreadCpuTime.Now() is { } after)
        {
            s_cpu.Add((after - before).TotalSeconds);
        }

        return result;
    }
}
