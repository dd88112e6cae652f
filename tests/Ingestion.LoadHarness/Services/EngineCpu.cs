using Ingestion.Tests.Shared;

namespace Ingestion.LoadHarness.Services;

/// <summary>The enrichment service's own count of the engine's CPU seconds, read from its <c>/metrics</c>.</summary>
internal static class EngineCpu
{
    // OpenTelemetry's Prometheus exporter adds the unit and _total to the counter ingestion.enrichment.engine.cpu (s).
    private const string Metric = "ingestion_enrichment_engine_cpu_seconds_total";

    /// <summary>Null when the service does not export the counter (an older build, or not Linux).</summary>
    public static async Task<double?> SecondsAsync(int port, CancellationToken cancellationToken)
    {
        using HttpClient http = new() { Timeout = TimeSpan.FromSeconds(10) };
        try
        {
            string exposition = await http.GetStringAsync(new Uri($"http://127.0.0.1:{port}/metrics"), cancellationToken);
            return PrometheusText.Sum(exposition, Metric);
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }
}
