using Ingestion.Tests.Shared;

namespace Ingestion.LoadHarness.Services;

/// <summary>A counter a service exports on its <c>/metrics</c> (OpenTelemetry's Prometheus names: unit and <c>_total</c> added).</summary>
internal static class ServiceMetric
{
    /// <summary>Enrichment's thread CPU seconds inside the engine call (ingestion.enrichment.engine.cpu).</summary>
    public const string EngineCpuSeconds = "ingestion_enrichment_engine_cpu_seconds_total";

    /// <summary>
    /// The runtime's wall time spent compiling methods (System.Runtime's dotnet.jit.compilation.time): a compiling thread
    /// that loses its core keeps counting, so on a loaded machine it grows with the load average.
    /// </summary>
    public const string JitSeconds = "dotnet_jit_compilation_time_seconds_total";

    /// <summary>Methods the runtime compiled, tier-ups included (dotnet.jit.compiled_methods): what the load does not inflate.</summary>
    public const string JitMethods = "dotnet_jit_compiled_methods_total";

    /// <summary>The runtime's time with threads paused for garbage collections (System.Runtime's dotnet.gc.pause.time).</summary>
    public const string GcPauseSeconds = "dotnet_gc_pause_time_seconds_total";

    /// <summary>Garbage collections, all generations (dotnet.gc.collections).</summary>
    public const string GcCollections = "dotnet_gc_collections_total";

    /// <summary>Null when the service does not export the counter (an older build, or not Linux).</summary>
    public static async Task<double?> SumAsync(int port, string metric, CancellationToken cancellationToken)
    {
        using HttpClient http = new() { Timeout = TimeSpan.FromSeconds(10) };
        try
        {
            string exposition = await http.GetStringAsync(new Uri($"http://127.0.0.1:{port}/metrics"), cancellationToken);
            return PrometheusText.Sum(exposition, metric);
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }
}
