using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Ingestion.Contracts;
using Ingestion.Enrichment.Engine;
using Ingestion.Enrichment.Telemetry;
using Ingestion.ServiceDefaults.Telemetry;

namespace Ingestion.Enrichment.Tests.Telemetry;

public sealed class EngineTimerTests
{
    [Fact]
    public void Enrich_EngineBusyOnItsThread_CountsItsCpuAndWallSeconds()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "The engine's CPU time is read from the thread's CPU clock, on Linux only.");
        ConcurrentDictionary<string, double> totals = new(StringComparer.Ordinal);
        using MeterListener listener = new()
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == IngestionTelemetry.Name && instrument.Name.StartsWith("ingestion.enrichment.engine.", StringComparison.Ordinal))
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<double>((instrument, value, _, _) => totals.AddOrUpdate(instrument.Name, value, (_, sum) => sum + value));
        listener.Start();
        BusyEngine engine = new(TimeSpan.FromMilliseconds(60));

        EngineTimer.Enrich(engine, new EnrichmentRequest("t", "b", new DateOnly(2024, 1, 1)));

        // On a busy machine the spinning thread gets only part of a core: its CPU time is above zero and below its wall
        // time (with the clocks' granularity). Tests that ran in parallel add to both.
        double cpu = totals.GetValueOrDefault("ingestion.enrichment.engine.cpu");
        double wall = totals.GetValueOrDefault("ingestion.enrichment.engine.time");
        Assert.InRange(wall, 0.06, double.MaxValue);
        Assert.InRange(cpu, 0.001, wall + 0.01);
    }

    /// <summary>Spins on its thread for a while: CPU time, not a wait.</summary>
    private sealed class BusyEngine(TimeSpan busy) : IEnrichmentEngine
    {
        public EngineInfo Info => FakeComponents.Engine().Info;

        public EnrichmentResult Enrich(EnrichmentRequest request)
        {
            long started = Stopwatch.GetTimestamp();
            while (Stopwatch.GetElapsedTime(started) < busy)
            {
                Thread.SpinWait(1_000);
            }

            return FakeComponents.Engine().Enrich(request);
        }
    }
}
