using Ingestion.Contracts;
using Ingestion.FeedWatcher.Consumers;
using Ingestion.FeedWatcher.Ledger;
using MassTransit;
using MassTransit.Testing;

namespace Ingestion.FeedWatcher.Tests.Consumers;

public sealed class ArticleStoredConsumerTests : IAsyncDisposable
{
    private static readonly DateTimeOffset s_start = new(2021, 7, 29, 8, 0, 0, TimeSpan.Zero);
    private readonly LedgerConsumerHarness _harness = new(published: 3, s_start);

    [Fact]
    public async Task Consume_ArticlesStored_TheirLedgerEntriesClose()
    {
        IntakeLedger ledger = _harness.Ledger;
        ITestHarness harness = _harness.Bus;
        await harness.Start();
        for (int i = 0; i < 3; i++)
        {
            await harness.Bus.Publish(Stored($"a{i}"), TestContext.Current.CancellationToken);
        }

        Assert.True(await harness.GetConsumerHarness<ArticleStoredConsumer>().Consumed.Any<Batch<ArticleStored>>(TestContext.Current.CancellationToken));
        await _harness.WaitForAsync(ArticleState.Stored, 3);

        Assert.All(ledger.ForFile("a.txt"), entry => Assert.Equal((ArticleState.Stored, s_start.AddSeconds(1).UtcDateTime), (entry.State, entry.StoredAtUtc?.ToUniversalTime())));
    }

    public ValueTask DisposeAsync() => _harness.DisposeAsync();

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
