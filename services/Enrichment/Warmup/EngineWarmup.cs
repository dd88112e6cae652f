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
    // The runtime promotes a method to optimized code after 30 calls: past that, every stage the articles reach has
    // been compiled, or queued for it, before the first message instead of while the first messages wait.
    private const int Rounds = 32;

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
