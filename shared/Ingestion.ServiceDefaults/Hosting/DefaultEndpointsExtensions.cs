using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Ingestion.ServiceDefaults.Hosting;

/// <summary>The endpoints every service exposes: liveness, readiness and Prometheus metrics.</summary>
public static class DefaultEndpointsExtensions
{
    /// <summary>Health checks tagged <c>ready</c> (the bus, the store) gate readiness; liveness only says the process answers.</summary>
    public const string ReadyTag = "ready";

    public const string LivePath = "/health/live";

    public const string ReadyPath = "/health/ready";

    public const string MetricsPath = "/metrics";

    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        app.MapPrometheusScrapingEndpoint(MetricsPath);
        return app;
    }
}
