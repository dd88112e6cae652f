using Ingestion.Contracts;
using Ingestion.Storage.Consumers;
using Ingestion.Storage.Persistence;
using Ingestion.Storage.Tests.Resilience;
using Ingestion.Tests.Shared;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Ingestion.Storage.Tests.Consumers;

public sealed class ArticleEnrichedConsumerTests : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ingestion-consumer-").FullName;
    private readonly ServiceProvider _provider;

    public ArticleEnrichedConsumerTests()
    {
        _provider = new ServiceCollection()
            .AddArticleStore($"Filename={Path.Combine(_folder, "articles.db")}")
            .AddSingleton(TimeProvider.System)
            .AddMassTransitTestHarness(bus => bus.AddConsumer<ArticleEnrichedConsumer>())
            .BuildServiceProvider(true);
    }

    [Fact]
    public async Task Consume_EnrichedArticle_StoresItAndPublishesArticleStored()
    {
        ITestHarness harness = await StartAsync();

        await harness.Bus.Publish(Article("a1"), TestContext.Current.CancellationToken);

        IPublishedMessage<ArticleStored>? stored = await harness.Published.SelectAsync<ArticleStored>().FirstOrDefault();
        Assert.NotNull(stored);
        Assert.Equal(("a1", "litedb", true, 1), (stored.Context.Message.ArticleId, stored.Context.Message.Store, stored.Context.Message.Created, stored.Context.Message.EntityCount));
        ArticleDocument? document = await Store.FindAsync("a1", TestContext.Current.CancellationToken);
        Assert.Equal("بلينكن", Assert.Single(document!.Entities).Text);
        Assert.False(await harness.Published.Any<Fault<ArticleEnriched>>());
    }

    [Fact]
    public async Task Consume_SameArticleDeliveredTwice_KeepsOneDocumentAndAnnouncesOnce()
    {
        ITestHarness harness = await StartAsync();

        await harness.Bus.Publish(Article("a1"), TestContext.Current.CancellationToken);
        Assert.True(await harness.Published.Any<ArticleStored>());
        await harness.Bus.Publish(Article("a1"), TestContext.Current.CancellationToken);
        await Eventually.WaitUntilAsync(() => harness.Consumed.Select<ArticleEnriched>().Count() == 2, TimeSpan.FromSeconds(30));

        Assert.Equal(1, await harness.Published.SelectAsync<ArticleStored>().Count());
        Assert.True(Assert.Single(harness.Published.Select<ArticleStored>()).Context.Message.Created);
        Assert.Equal(1, await Store.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Consume_SameArticleTwiceInOneBatch_AnnouncesItOnce()
    {
        ITestHarness harness = await StartAsync();

        await Task.WhenAll(
            harness.Bus.Publish(Article("a1"), TestContext.Current.CancellationToken),
            harness.Bus.Publish(Article("a1"), TestContext.Current.CancellationToken),
            harness.Bus.Publish(Article("b2"), TestContext.Current.CancellationToken));
        await Eventually.WaitUntilAsync(() => harness.Consumed.Select<ArticleEnriched>().Count() == 3, TimeSpan.FromSeconds(30));

        Assert.Equal(["a1", "b2"], (await harness.Published.SelectAsync<ArticleStored>().ToListAsync()).Select(p => p.Context.Message.ArticleId).Order(StringComparer.Ordinal));
        Assert.Equal(2, await Store.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Consume_SameArticleFromNewModelVersion_ReplacesAndAnnouncesAgainAsNotCreated()
    {
        ITestHarness harness = await StartAsync();
        await harness.Bus.Publish(Article("a1"), TestContext.Current.CancellationToken);
        Assert.True(await harness.Published.Any<ArticleStored>());

        await harness.Bus.Publish(Article("a1") with { Engine = new EngineInfo { Name = "test", Version = "1", ModelVersion = "ner-2" } }, TestContext.Current.CancellationToken);
        await Eventually.WaitUntilAsync(() => harness.Published.Select<ArticleStored>().Count() == 2, TimeSpan.FromSeconds(30));

        Assert.Equal([true, false], harness.Published.Select<ArticleStored>().Select(p => p.Context.Message.Created));
        Assert.Equal("ner-2", (await Store.FindAsync("a1", TestContext.Current.CancellationToken))!.Engine.ModelVersion);
    }

    public async ValueTask DisposeAsync()
    {
        await _provider.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private IArticleStore Store => _provider.GetRequiredService<IArticleStore>();

    private async Task<ITestHarness> StartAsync()
    {
        await Store.InitializeAsync(TestContext.Current.CancellationToken);
        ITestHarness harness = _provider.GetRequiredService<ITestHarness>();
        await harness.Start();
        return harness;
    }

    private static ArticleEnriched Article(string id) =>
        EnrichedArticles.Create(id, new EntityAnnotation { Text = "بلينكن", Type = EntityTypes.Person, Start = 0, End = 6, Confidence = 0.9 });
}
