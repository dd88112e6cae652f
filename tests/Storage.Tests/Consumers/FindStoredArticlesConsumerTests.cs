using Ingestion.Contracts;
using Ingestion.Storage.Consumers;
using Ingestion.Storage.Persistence;
using Ingestion.Tests.Shared;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Ingestion.Storage.Tests.Consumers;

public sealed class FindStoredArticlesConsumerTests : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ingestion-find-stored-").FullName;
    private readonly ServiceProvider _provider;

    public FindStoredArticlesConsumerTests()
    {
        _provider = new ServiceCollection()
            .AddArticleStore($"Filename={Path.Combine(_folder, "articles.db")}")
            .AddSingleton(TimeProvider.System)
            .AddMassTransitTestHarness(bus =>
            {
                bus.AddConsumer<ArticleEnrichedConsumer>();
                bus.AddConsumer<FindStoredArticlesConsumer>();
            })
            .BuildServiceProvider(true);
    }

    [Fact]
    public async Task Consume_StoredAndUnknownIds_AnswersOnlyTheStoredOnceEach()
    {
        ITestHarness harness = await StartAsync();
        await harness.Bus.Publish(EnrichedArticles.Create("a1"), TestContext.Current.CancellationToken);
        Assert.True(await harness.Published.Any<ArticleStored>(), "a1 was never stored");

        Response<StoredArticlesFound> response = await harness.GetRequestClient<FindStoredArticles>()
            .GetResponse<StoredArticlesFound>(new FindStoredArticles { ArticleIds = ["a1", "a2", "a1"] }, TestContext.Current.CancellationToken);

        Assert.Equal(["a1"], response.Message.ArticleIds);
    }

    [Fact]
    public async Task Consume_WrittenButNotAnnounced_IsNotAnswered()
    {
        ITestHarness harness = await StartAsync();
        IArticleStore store = _provider.GetRequiredService<IArticleStore>();
        await store.UpsertAsync(ArticleDocumentMapper.FromEnriched(EnrichedArticles.Create("a3"), TimeProvider.System.GetUtcNow()), TestContext.Current.CancellationToken);

        Response<StoredArticlesFound> response = await harness.GetRequestClient<FindStoredArticles>()
            .GetResponse<StoredArticlesFound>(new FindStoredArticles { ArticleIds = ["a3"] }, TestContext.Current.CancellationToken);

        Assert.Empty(response.Message.ArticleIds);
    }

    public async ValueTask DisposeAsync()
    {
        await _provider.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task<ITestHarness> StartAsync()
    {
        await _provider.GetRequiredService<IArticleStore>().InitializeAsync(TestContext.Current.CancellationToken);
        ITestHarness harness = _provider.GetRequiredService<ITestHarness>();
        await harness.Start();
        return harness;
    }
}
