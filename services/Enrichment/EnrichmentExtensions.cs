using Ingestion.Enrichment.Consumers;
using Ingestion.Enrichment.Engine;
using Ingestion.Enrichment.Warmup;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Ingestion.Enrichment;

/// <summary>Everything the enrichment service adds to a host; its own Program.cs and <c>ingest run</c> both call it.</summary>
public static class EnrichmentExtensions
{
    public static IHostApplicationBuilder AddEnrichment(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton(_ => DefaultEnrichmentEngine.Instance);
        builder.Services.AddHostedService<EngineWarmup>();
        return builder;
    }

    public static IBusRegistrationConfigurator AddEnrichmentConsumers(this IBusRegistrationConfigurator bus)
    {
        ArgumentNullException.ThrowIfNull(bus);
        bus.AddConsumer<ArticleDiscoveredConsumer, ArticleDiscoveredConsumerDefinition>();
        return bus;
    }
}
