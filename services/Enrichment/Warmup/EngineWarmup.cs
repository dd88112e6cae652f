using System.Diagnostics;
using Ingestion.Enrichment.Engine;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Ingestion.Enrichment.Warmup;

/// <summary>
/// Loads the engine's models while the host starts, so a broken model fails the start rather than the first
/// message, and runs realistic articles through it before the consumer starts, so the first articles are not slower
/// than the rest.
/// </summary>
public sealed partial class EngineWarmup(IEnrichmentEngine engine, ILogger<EngineWarmup> logger) : IHostedService
{
    // The runtime queues a method for optimized code after 30 calls; the per-token and per-word code of the engine
    // gets there within one article, so a few rounds compile the paths articles take without holding the start for long
    // (32 rounds held the start several times as long as one short sentence did, on a loaded machine).
    private const int Rounds = 4;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        long started = Stopwatch.GetTimestamp();
        for (int round = 0; round < Rounds && !cancellationToken.IsCancellationRequested; round++)
        {
            engine.Enrich(WarmupArticles.Arabic);
            engine.Enrich(WarmupArticles.English);
        }

        LogReady(logger, engine.Info.Name, engine.Info.Version, engine.Info.ModelVersion ?? "none", Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Engine {Name} {Version} (models {ModelVersion}) ready in {Milliseconds:0} ms")]
    private static partial void LogReady(ILogger logger, string name, string version, string modelVersion, double milliseconds);
}
