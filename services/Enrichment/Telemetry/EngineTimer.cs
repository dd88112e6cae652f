using System.Diagnostics;
using Ingestion.Enrichment.Engine;

namespace Ingestion.Enrichment.Telemetry;

/// <summary>Runs the engine and records the call's CPU and wall time in <see cref="EnrichmentMetrics"/>.</summary>
public static class EngineTimer
{
    public static EnrichmentResult Enrich(IEnrichmentEngine engine, EnrichmentRequest request)
    {
        ArgumentNullException.ThrowIfNull(engine);
        TimeSpan? cpuBefore = ThreadCpuTime.Now();
        long started = Stopwatch.GetTimestamp();
        EnrichmentResult result = engine.Enrich(request);
        TimeSpan wall = Stopwatch.GetElapsedTime(started);
        EnrichmentMetrics.RecordCost(ThreadCpuTime.Now() - cpuBefore, wall);
        return result;
    }
}
