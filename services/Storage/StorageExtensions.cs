using Ingestion.ServiceDefaults.Hosting;
using Ingestion.Storage.Consumers;
using Ingestion.Storage.Health;
using Ingestion.Storage.Persistence;
using Ingestion.Storage.Resilience;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Ingestion.Storage;

/// <summary>Everything the storage service adds to a host; its own Program.cs and <c>ingest run</c> both call it.</summary>
public static class StorageExtensions
{
    /// <summary>The connection string naming the store: <c>mongodb://…</c> or a LiteDB <c>Filename=…</c>.</summary>
    public const string ArticlesConnectionName = "Articles";

    public static IHostApplicationBuilder AddStorage(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        string connectionString = builder.Configuration.GetConnectionString(ArticlesConnectionName)
            ?? throw new InvalidOperationException("ConnectionStrings:Articles is required: a mongodb:// URI or a LiteDB 'Filename=/path/articles.db;Connection=shared'.");
        builder.Services.AddArticleStore(connectionString).AddArticleStoreResilience().AddArticleStoreInitializer();
        builder.Services.AddHealthChecks().AddCheck<ArticleStoreHealthCheck>(ArticleStoreHealthCheck.Name, tags: [DefaultEndpointsExtensions.ReadyTag]);
        return builder;
    }

    public static IBusRegistrationConfigurator AddStorageConsumers(this IBusRegistrationConfigurator bus)
    {
        ArgumentNullException.ThrowIfNull(bus);
        // Bound here rather than in AddStorage: the consumer's definition reads them, and hosts that bring their own
        // store (tests, decorators) add the consumers without AddStorage.
        bus.AddOptions<ArticleEnrichedBatchOptions>()
            .BindConfiguration(ArticleEnrichedBatchOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        bus.AddConsumer<ArticleEnrichedConsumer, ArticleEnrichedConsumerDefinition>();

        // The feed-watcher's ledger asks here which of its published articles were stored.
        bus.AddConsumer<FindStoredArticlesConsumer>();
        return bus;
    }
}
