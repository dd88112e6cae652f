using Microsoft.Extensions.DependencyInjection;

namespace Ingestion.Storage.Persistence;

/// <summary>Registers the article store chosen by the connection string.</summary>
public static class ArticleStoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IArticleStore"/> as a singleton, created on first use. A malformed connection string fails
    /// here, at start-up, rather than on the first message. No hosted service is added: call
    /// <see cref="IArticleStore.InitializeAsync"/> yourself or add <see cref="AddArticleStoreInitializer"/>.
    /// </summary>
    public static IServiceCollection AddArticleStore(this IServiceCollection services, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(services);
        _ = ArticleStoreFactory.KindOf(connectionString);
        services.AddSingleton(_ => ArticleStoreFactory.Create(connectionString));
        return services;
    }

    /// <summary>Adds <see cref="ArticleStoreInitializer"/>, which creates indexes before the host starts consuming.</summary>
    public static IServiceCollection AddArticleStoreInitializer(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddHostedService<ArticleStoreInitializer>();
        return services;
    }
}
