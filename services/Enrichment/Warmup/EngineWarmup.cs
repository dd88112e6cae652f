using System.Runtime;
using Ingestion.Enrichment.Engine;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Ingestion.Enrichment.Warmup;

/// <summary>
/// Loads the engine's models while the host starts, so a broken model fails the start rather than the first
/// message, and runs realistic articles through it until the runtime has finished optimizing the engine's code, before
/// the consumer starts, so the first articles are not slower than the rest.
/// </summary>
/// <remarks>
/// A method is queued for optimized code after 30 calls, and with tiered PGO twice (instrumented, then final), each
/// time on a background thread. Per-token code gets there within one article, per-article code only after 30
/// articles: a fixed few rounds left that work to the first real articles, which on two cores queued behind it for
/// seconds (the load harness's slowest articles were all in the first seconds of a run, waiting in enrichment). So
/// the rounds go on until a window of them makes the runtime compile (next to) nothing, or a time limit passes.
/// </remarks>
public sealed partial class EngineWarmup : IHostedService
{
    // Rounds always run: the models are loaded and every stage has run a few times.
    internal const int MinRounds = 4;

    // Methods compiled during one window below which the engine's code counts as settled: a few stragglers (a rare
    // branch, the host starting beside the warm-up) must not keep it going.
    internal const int SettledBelow = 8;

    // Long enough for a background tier-up to start and finish between two looks (the runtime waits 100 ms of no new
    // code before it counts calls).
    internal static readonly TimeSpan Window = TimeSpan.FromMilliseconds(300);

    // The longest the rounds go on after the first ones: on a machine too loaded to settle, the service starts anyway,
    // as slow first articles beat a service that is never ready.
    internal static readonly TimeSpan Limit = TimeSpan.FromSeconds(10);

    private readonly IEnrichmentEngine _engine;
    private readonly ILogger<EngineWarmup> _logger;
    private readonly TimeProvider _time;
    private readonly Func<long> _compiledMethods;

    public EngineWarmup(IEnrichmentEngine engine, ILogger<EngineWarmup> logger)
        : this(engine, logger, TimeProvider.System, () => JitInfo.GetCompiledMethodCount())
    {
    }

    internal EngineWarmup(IEnrichmentEngine engine, ILogger<EngineWarmup> logger, TimeProvider time, Func<long> compiledMethods)
    {
        _engine = engine;
        _logger = logger;
        _time = time;
        _compiledMethods = compiledMethods;
    }

    /// <summary>Rounds run by the last start (each round enriches the Arabic and the English article once).</summary>
    internal int Rounds { get; private set; }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        long started = _time.GetTimestamp();
        long compiledAtStart = _compiledMethods();
        Rounds = 0;
        while (Rounds < MinRounds && !cancellationToken.IsCancellationRequested)
        {
            RunRound();
        }

        bool settled = false;
        long compiled = _compiledMethods();
        long settling = _time.GetTimestamp();
        while (!settled && _time.GetElapsedTime(settling) < Limit && !cancellationToken.IsCancellationRequested)
        {
            long windowStarted = _time.GetTimestamp();
            do
            {
                RunRound();
            }
            while (_time.GetElapsedTime(windowStarted) < Window && !cancellationToken.IsCancellationRequested);

            long now = _compiledMethods();
            LogWindow(_logger, Rounds, now - compiled);
            settled = now - compiled < SettledBelow;
            compiled = now;
        }

        LogReady(_logger, _engine.Info.Name, _engine.Info.Version, _engine.Info.ModelVersion ?? "none", _time.GetElapsedTime(started).TotalMilliseconds, Rounds, compiled - compiledAtStart, settled);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void RunRound()
    {
        _engine.Enrich(WarmupArticles.Arabic);
        _engine.Enrich(WarmupArticles.English);
        Rounds++;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Warm-up at round {Rounds}: {Compiled} methods compiled in the last window")]
    private static partial void LogWindow(ILogger logger, int rounds, long compiled);

    [LoggerMessage(Level = LogLevel.Information, Message = "Engine {Name} {Version} (models {ModelVersion}) ready in {Milliseconds:0} ms: {Rounds} warm-up rounds, {Compiled} methods compiled meanwhile, settled: {Settled}")]
    private static partial void LogReady(ILogger logger, string name, string version, string modelVersion, double milliseconds, int rounds, long compiled, bool settled);
}
