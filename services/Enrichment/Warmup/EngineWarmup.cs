using System.Diagnostics;
using Ingestion.Enrichment.Engine;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Ingestion.Enrichment.Warmup;

/// <summary>
/// Loads the engine's models while the host starts, so a broken model fails the start rather than the first
/// message, and the first article is not slower than the rest.
/// </summary>
public sealed partial class EngineWarmup(IEnrichmentEngine engine, ILogger<EngineWarmup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        long started = Stopwatch.GetTimestamp();
        engine.Enrich(new EnrichmentRequest("warm-up", "الكويت 29 يوليو 2021", new DateOnly(2021, 7, 29)));
        LogReady(logger, engine.Info.Name, engine.Info.Version, engine.Info.ModelVersion ?? "none", Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Engine {Name} {Version} (models {ModelVersion}) ready in {Milliseconds:0} ms")]
    private static partial void LogReady(ILogger logger, string name, string version, string modelVersion, double milliseconds);
}
