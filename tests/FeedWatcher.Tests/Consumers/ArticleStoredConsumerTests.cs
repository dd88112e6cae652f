using FeedWatcher.Tests.Ledger;
using Ingestion.Contracts;
using Ingestion.FeedWatcher;
using Ingestion.FeedWatcher.Consumers;
using Ingestion.FeedWatcher.Ledger;
using Ingestion.ServiceDefaults.Messaging;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FeedWatcher.Tests.Consumers;

public sealed class ArticleStoredConsumerTests : IAsyncDisposable
{
    private static readonly DateTimeOffset s_start = new(2021, 7, 29, 8, 0, 0, TimeSpan.Zero);
    private readonly string _folder = Directory.CreateTempSubdirectory("ingestion-ledger-").FullName;
    private readonly ServiceProvider _services;

    public ArticleStoredConsumerTests()
    {
        var services = new ServiceCollection();
        services.AddSingleton(new IntakeLedger(_folder));
        services.AddSingleton(TimeProvider.System);
        services.AddOptions<BusOptions>();
        services.AddMassTransitTestHarness(bus => bus.AddFeedWatcherConsumers());
        _services = services.BuildServiceProvider(validateScopes: true);
    }

    [Fact]
    public async Task Consume_ArticlesStored_TheirLedgerEntriesClose()
    {
        IntakeLedger ledger = _services.GetRequiredService<IntakeLedger>();
        for (int i = 0; i < 3; i++)
        {
            ledger.MarkPublished(IntakeLedgerTests.Message($"a{i}", "a.txt"), s_start);
        }

        ITestHarness harness = _services.GetRequiredService<ITestHarness>();
        await harness.Start();
        for (int i = 0; i < 3; i++)
        {
            await harness.Bus.Publish(Stored($"a{i}"), TestContext.Current.CancellationToken);
        }

        Assert.True(await harness.GetConsumerHarness<ArticleStoredConsumer>().Consumed.Any<Batch<ArticleStored>>(TestContext.Current.CancellationToken));
        DateTime until = DateTime.UtcNow.AddSeconds(30);
        while (ledger.CountByState()[ArticleState.Stored] < 3 && DateTime.UtcNow < until)
        {
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        Assert.All(ledger.ForFile("a.txt"), entry => Assert.Equal((ArticleState.Stored, s_start.AddSeconds(1).UtcDateTime), (entry.State, entry.StoredAtUtc?.ToUniversalTime())));
    }

    public async ValueTask DisposeAsync()
    {
        _services.GetRequiredService<IntakeLedger>().Dispose();
        await _services.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private static ArticleStored Stored(string id) => new()
    {
        ArticleId = id,
        ContentHash = new string('a', 64),
        StoredAt = s_start.AddSeconds(1),
        Store = "litedb",
        Location = "articles.db#articles",
        FileName = "a.txt",
        Title = "T",
        Language = "ar",
        ReceivedAt = s_start,
    };
}
