using Ingestion.Contracts;
using Ingestion.Enrichment.Engine;
using Ingestion.Enrichment.Warmup;
using Microsoft.Extensions.Logging.Abstractions;

namespace Ingestion.Enrichment.Tests.Warmup;

// The warm-up must hold the start until the runtime stops compiling the engine's code, and never for ever.
public class EngineWarmupTests
{
    [Fact]
    public async Task StartAsync_CompilingStopsAfterSomeRounds_StopsOnceAWindowCompilesNothing()
    {
        // Each round takes 10 ms of the fake clock and compiles 50 methods, up to round 100; then nothing.
        ManualClock clock = new();
        CountingEngine engine = new(clock, TimeSpan.FromMilliseconds(5));
        EngineWarmup warmup = new(engine, NullLogger<EngineWarmup>.Instance, clock, () => Math.Min(engine.Calls / 2, 100) * 50L);

        await warmup.StartAsync(CancellationToken.None);

        int windowRounds = (int)(EngineWarmup.Window / TimeSpan.FromMilliseconds(10));
        Assert.InRange(warmup.Rounds, 100, 100 + (2 * windowRounds));
    }

    [Fact]
    public async Task StartAsync_NothingCompiled_RunsTheMinimumAndOneWindow()
    {
        ManualClock clock = new();
        CountingEngine engine = new(clock, TimeSpan.FromMilliseconds(5));
        EngineWarmup warmup = new(engine, NullLogger<EngineWarmup>.Instance, clock, () => 0);

        await warmup.StartAsync(CancellationToken.None);

        int windowRounds = (int)(EngineWarmup.Window / TimeSpan.FromMilliseconds(10));
        Assert.Equal(EngineWarmup.MinRounds + windowRounds, warmup.Rounds);
    }

    [Fact]
    public async Task StartAsync_CompilingNeverStops_GivesUpAtTheLimit()
    {
        ManualClock clock = new();
        CountingEngine engine = new(clock, TimeSpan.FromMilliseconds(5));
        EngineWarmup warmup = new(engine, NullLogger<EngineWarmup>.Instance, clock, () => engine.Calls * 100L);

        await warmup.StartAsync(CancellationToken.None);

        // The first rounds, then windows until the limit has passed.
        TimeSpan firstRounds = TimeSpan.FromMilliseconds(10 * EngineWarmup.MinRounds);
        Assert.InRange(clock.Elapsed - firstRounds, EngineWarmup.Limit, EngineWarmup.Limit + EngineWarmup.Window + TimeSpan.FromMilliseconds(10));
    }

    private sealed class ManualClock : TimeProvider
    {
        private long _ticks;

        public TimeSpan Elapsed => TimeSpan.FromTicks(_ticks);

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _ticks;

        public void Advance(TimeSpan by) => _ticks += by.Ticks;
    }

    // An engine whose every call takes a fixed time on the manual clock.
    private sealed class CountingEngine(ManualClock clock, TimeSpan perCall) : IEnrichmentEngine
    {
        private static readonly EnrichmentResult s_result = DefaultEnrichmentEngine.Instance.Enrich(new EnrichmentRequest("t", ".", new DateOnly(2026, 1, 1)));

        public int Calls { get; private set; }

        public EngineInfo Info { get; } = new() { Name = "fake", Version = "1" };

        public EnrichmentResult Enrich(EnrichmentRequest request)
        {
            Calls++;
            clock.Advance(perCall);
            return s_result;
        }
    }
}
