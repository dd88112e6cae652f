using Ingestion.Storage.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Ingestion.Storage.Tests.Resilience;

internal static class ArticleStoreDecoration
{
    /// <summary>Wraps the registered singleton store, as the consumer will resolve it.</summary>
    public static IServiceCollection Decorate(this IServiceCollection services, Func<IArticleStore, IArticleStore> decorate)
    {
        ServiceDescriptor registered = services.Last(d => d.ServiceType == typeof(IArticleStore));
        services.Remove(registered);
        services.AddSingleton(provider => decorate((IArticleStore)registered.ImplementationFactory!(provider)));
        return services;
    }
}
