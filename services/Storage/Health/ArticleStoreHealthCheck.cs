using Ingestion.Storage.Persistence;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Ingestion.Storage.Health;

/// <summary>Readiness: the store answers a ping. Unready while it is down, so an orchestrator sees the outage.</summary>
public sealed class ArticleStoreHealthCheck(IArticleStore store) : IHealthCheck
{
    public const string Name = "article-store";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        bool answers = await store.PingAsync(cancellationToken).ConfigureAwait(false);
        return answers
            ? HealthCheckResult.Healthy($"{store.Kind} at {store.Location} answers")
            : new HealthCheckResult(context?.Registration.FailureStatus ?? HealthStatus.Unhealthy, $"{store.Kind} at {store.Location} does not answer");
    }
}
