using Ingestion.Storage.Persistence;
using Ingestion.Storage.Persistence.LiteDb;
using Ingestion.Storage.Tests.Persistence.LiteDb;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

namespace Ingestion.Storage.Tests.Persistence;

public sealed class ArticleStoreServiceCollectionExtensionsTests(LiteDbTempFolder folder) : IClassFixture<LiteDbTempFolder>
{
    [Fact]
    public async Task AddArticleStore_LiteDbString_RegistersOneSingletonStore()
    {
        ServiceCollection services = new();
        services.AddArticleStore($"Filename={folder.NewFile()}");
        await using ServiceProvider provider = services.BuildServiceProvider();

        IArticleStore first = provider.GetRequiredService<IArticleStore>();
        IArticleStore second = provider.GetRequiredService<IArticleStore>();

        Assert.IsType<LiteDbArticleStore>(first);
        Assert.Same(first, second);
        Assert.Empty(provider.GetServices<IHostedService>());
    }

    [Fact]
    public void AddArticleStore_GarbageString_ThrowsAtRegistration()
    {
        ServiceCollection services = new();

        Assert.Throws<ArgumentException>(() => services.AddArticleStore("not a store"));
    }

    [Fact]
    public async Task ArticleStoreInitializer_StartAsync_CreatesTheStoreIndexes()
    {
        string file = folder.NewFile();
        ServiceCollection services = new();
        services.AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(NullLogger<>));
        services.AddArticleStore($"Filename={file}").AddArticleStoreInitializer();
        await using ServiceProvider provider = services.BuildServiceProvider();
        IHostedService initializer = Assert.Single(provider.GetServices<IHostedService>());

        await initializer.StartAsync(TestContext.Current.CancellationToken);

        Assert.Contains(LiteDbArticleStore.EntityKeysIndex, LiteDbIndexes.Names(file));
    }
}
