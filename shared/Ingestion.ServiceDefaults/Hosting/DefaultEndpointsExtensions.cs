using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Ingestion.ServiceDefaults.Hosting;

/// <summary>The endpoints every service exposes: liveness, readiness and Prometheus metrics.</summary>
public static class DefaultEndpointsExtensions
{
    /// <summary>Health checks tagged <c>ready</c> (the bus, the store) gate readiness; liveness only says the process answers.</summary>
    public const string ReadyTag = "ready";

    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        app.MapPrometheusScrapingEndpoint("/metrics");
        return app;
    }
}
