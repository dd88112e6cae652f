using Ingestion.Storage.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Registry;

namespace Ingestion.Storage.Resilience;

/// <summary>Registers the write pipeline and wraps the registered <see cref="IArticleStore"/> in <see cref="ResilientArticleStore"/>.</summary>
public static class ArticleStoreResilienceServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="ArticleStoreResilienceOptions"/> from <c>Storage:Resilience</c> (validated at start), adds the
    /// <see cref="ArticleStoreWritePipeline.Name"/> pipeline and decorates the store. Call after <c>AddArticleStore</c>.
    /// </summary>
    public static IServiceCollection AddArticleStoreResilience(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        ServiceDescriptor store = services.LastOrDefault(d => d.ServiceType == typeof(IArticleStore) && !d.IsKeyedService)
            ?? throw new InvalidOperationException("Register the article store (AddArticleStore) before its resilience.");

        services.AddOptions<ArticleStoreResilienceOptions>()
            .BindConfiguration(ArticleStoreResilienceOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // The pipeline's clock is the host's TimeProvider, so tests drive backoff and break durations with a fake one.
        services.AddResiliencePipeline(ArticleStoreWritePipeline.Name, (builder, context) =>
        {
            builder.TimeProvider = context.ServiceProvider.GetService<TimeProvider>() ?? TimeProvider.System;
            ArticleStoreWritePipeline.Configure(builder, context.ServiceProvider.GetRequiredService<IOptions<ArticleStoreResilienceOptions>>().Value);
        });

        services.Remove(store);
        services.AddSingleton<IArticleStore>(provider => new ResilientArticleStore(
            Create(store, provider),
            provider.GetRequiredService<ResiliencePipelineProvider<string>>().GetPipeline(ArticleStoreWritePipeline.Name)));
        return services;
    }

    private static IArticleStore Create(ServiceDescriptor store, IServiceProvider provider) =>
        (IArticleStore)(store.ImplementationInstance
            ?? store.ImplementationFactory?.Invoke(provider)
            ?? ActivatorUtilities.CreateInstance(provider, store.ImplementationType!));
}
