using Ingestion.ServiceDefaults.Hosting;
using Ingestion.Storage.Health;
using Ingestion.Storage.Persistence;
using Ingestion.Storage.Resilience;
using Ingestion.Storage.Tests.Resilience;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Ingestion.Storage.Tests.Health;

public sealed class ArticleStoreHealthCheckTests
{
    [Theory]
    [InlineData(true, HealthStatus.Healthy)]
    [InlineData(false, HealthStatus.Unhealthy)]
    public async Task CheckHealthAsync_StorePing_ReportsIt(bool answers, HealthStatus expected)
    {
        FlakyArticleStore store = new() { Answers = answers };
        ArticleStoreHealthCheck check = new(store);
        HealthCheckContext context = new()
        {
            Registration = new HealthCheckRegistration(ArticleStoreHealthCheck.Name, check, HealthStatus.Unhealthy, [DefaultEndpointsExtensions.ReadyTag]),
        };

        HealthCheckResult result = await check.CheckHealthAsync(context, TestContext.Current.CancellationToken);

        Assert.Equal(expected, result.Status);
    }

    [Fact]
    public async Task AddStorage_LiteDbStore_RegistersReadyCheckAndResilientStore()
    {
        string folder = Directory.CreateTempSubdirectory("ingestion-health-").FullName;
        try
        {
            HostApplicationBuilder builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
            builder.Configuration["ConnectionStrings:Articles"] = $"Filename={Path.Combine(folder, "articles.db")}";

            builder.AddStorage();

            await using ServiceProvider provider = builder.Services.BuildServiceProvider(true);
            HealthCheckRegistration registration = Assert.Single(
                provider.GetRequiredService<IOptions<HealthCheckServiceOptions>>().Value.Registrations,
                r => r.Name == ArticleStoreHealthCheck.Name);
            Assert.Contains(DefaultEndpointsExtensions.ReadyTag, registration.Tags);
            Assert.IsType<ResilientArticleStore>(provider.GetRequiredService<IArticleStore>());
            HealthReport report = await provider.GetRequiredService<HealthCheckService>().CheckHealthAsync(TestContext.Current.CancellationToken);
            Assert.Equal(HealthStatus.Healthy, report.Entries[ArticleStoreHealthCheck.Name].Status);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
