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
        await Eventually.WaitAsync(() => Task.FromResult(harness.Consumed.Select<ArticleEnriched>().Count()), count => count == 2, TimeSpan.FromSeconds(30), "2 ArticleEnriched consumed");

        Assert.Equal(1, await harness.Published.SelectAsync<ArticleStored>().Count());
        Assert.True(Assert.Single(harness.Published.Select<ArticleStored>()).Context.Message.Created);
        Assert.Equal(1, await Store.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Consume_NewThenRedeliveredArticle_LooksUpTheMarkOnlyForTheRedelivery()
    {
        MarkLookupCountingStore? counting = null;
        await using ServiceProvider provider = new ServiceCollection()
            .AddArticleStore($"Filename={Path.Combine(_folder, "lookups.db")}")
            .Decorate(store => counting = new MarkLookupCountingStore(store))
            .AddSingleton(TimeProvider.System)
            .AddMassTransitTestHarness(bus => bus.AddConsumer<ArticleEnrichedConsumer>())
            .BuildServiceProvider(true);
        await provider.GetRequiredService<IArticleStore>().InitializeAsync(TestContext.Current.CancellationToken);
        ITestHarness harness = provider.GetRequiredService<ITestHarness>();
        await harness.Start();

        await harness.Bus.Publish(Article("a1"), TestContext.Current.CancellationToken);
        Assert.True(await harness.Published.Any<ArticleStored>());
        Assert.Equal(0, counting!.IdsLookedUp);

        await harness.Bus.Publish(Article("a1"), TestContext.Current.CancellationToken);
        await Eventually.WaitAsync(() => Task.FromResult(harness.Consumed.Select<ArticleEnriched>().Count()), count => count == 2, TimeSpan.FromSeconds(30), "2 ArticleEnriched consumed");

        Assert.Equal(1, counting.IdsLookedUp);
        Assert.Equal(1, await harness.Published.SelectAsync<ArticleStored>().Count());
    }

    [Fact]
    public async Task Consume_SameArticleTwiceInOneBatch_AnnouncesItOnce()
    {
        // The batch holds exactly the three messages and waits far longer than they take to arrive, so the three come
        // together in one Batch or the single-batch assertions below fail.
        const int messages = 3;
        await using ServiceProvider provider = new ServiceCollection()
            .AddArticleStore($"Filename={Path.Combine(_folder, "one-batch.db")}")
            .AddSingleton(TimeProvider.System)
            .AddMassTransitTestHarness(bus =>
            {
                bus.AddConsumer<ArticleEnrichedConsumer>(consumer => consumer.Options<BatchOptions>(batch => batch
                    .SetMessageLimit(messages)
                    .SetTimeLimit(TimeSpan.FromSeconds(20))));
                bus.UsingInMemory((context, transport) =>
                {
                    // A batch fills only when this many messages can be in the consumer at once.
                    transport.ConcurrentMessageLimit = messages;
                    transport.ConfigureEndpoints(context);
                });
            })
            .BuildServiceProvider(true);
        IArticleStore store = provider.GetRequiredService<IArticleStore>();
        await store.InitializeAsync(TestContext.Current.CancellationToken);
        ITestHarness harness = provider.GetRequiredService<ITestHarness>();
        await harness.Start();

        await harness.Bus.PublishBatch([Article("a1"), Article("a1"), Article("b2")], TestContext.Current.CancellationToken);

        IConsumerTestHarness<ArticleEnrichedConsumer> consumer = harness.GetConsumerHarness<ArticleEnrichedConsumer>();
        Assert.True(await consumer.Consumed.Any<Batch<ArticleEnriched>>());
        IReceivedMessage<Batch<ArticleEnriched>> batch = Assert.Single(consumer.Consumed.Select<Batch<ArticleEnriched>>());
        Assert.Equal(["a1", "a1", "b2"], batch.Context.Message.Select(m => m.Message.ArticleId).Order(StringComparer.Ordinal));
        Assert.Null(batch.Exception);
        Assert.Equal(["a1", "b2"], (await harness.Published.SelectAsync<ArticleStored>().ToListAsync()).Select(p => p.Context.Message.ArticleId).Order(StringComparer.Ordinal));
        Assert.Equal(2, await store.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Consume_SameArticleFromNewModelVersion_ReplacesAndAnnouncesAgainAsNotCreated()
    {
        ITestHarness harness = await StartAsync();
        await harness.Bus.Publish(Article("a1"), TestContext.Current.CancellationToken);
        Assert.True(await harness.Published.Any<ArticleStored>());

        await harness.Bus.Publish(Article("a1") with { Engine = new EngineInfo { Name = "test", Version = "1", ModelVersion = "ner-2" } }, TestContext.Current.CancellationToken);
        await Eventually.WaitAsync(() => Task.FromResult(harness.Published.Select<ArticleStored>().Count()), count => count == 2, TimeSpan.FromSeconds(30), "2 ArticleStored published");

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
