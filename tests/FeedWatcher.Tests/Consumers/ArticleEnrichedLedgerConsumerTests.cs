using Ingestion.Contracts;
using Ingestion.FeedWatcher.Consumers;
using Ingestion.FeedWatcher.Ledger;
using MassTransit;
using MassTransit.Testing;

namespace Ingestion.FeedWatcher.Tests.Consumers;

public sealed class ArticleEnrichedLedgerConsumerTests : IAsyncDisposable
{
    private static readonly DateTimeOffset s_start = new(2021, 7, 29, 8, 0, 0, TimeSpan.Zero);
    private readonly LedgerConsumerHarness _harness = new(published: 3, s_start);

    [Fact]
    public async Task Consume_ArticlesEnriched_TheirLedgerEntriesMoveToEnriched()
    {
        IntakeLedger ledger = _harness.Ledger;
        ITestHarness harness = _harness.Bus;
        await harness.Start();
        for (int i = 0; i < 3; i++)
        {
            await harness.Bus.Publish(Enriched($"a{i}"), TestContext.Current.CancellationToken);
        }

        Assert.True(await harness.Consumed.Any<ArticleEnriched>(x => x.Context.Message.ArticleId == "a2", TestContext.Current.CancellationToken));
        Assert.True(await harness.GetConsumerHarness<ArticleEnrichedLedgerConsumer>().Consumed.Any<Batch<ArticleEnriched>>(TestContext.Current.CancellationToken));
        await _harness.WaitForAsync(ArticleState.Enriched, 3);

        Assert.All(ledger.ForFile("a.txt"), entry => Assert.Equal(ArticleState.Enriched, entry.State));
    }

    public ValueTask DisposeAsync() => _harness.DisposeAsync();

    private static ArticleEnriched Enriched(string id) => new()
    {
        ArticleId = id,
        ContentHash = new string('a', 64),
        Title = "T",
        Text = "T\nB",
        Language = "ar",
        ReceivedAt = s_start,
        EnrichedAt = s_start,
        ReferenceDate = new DateOnly(2021, 7, 29),
        Source = new ArticleSource { FileName = "a.txt" },
        Entities = [],
        Temporal = [],
        Engine = new EngineInfo { Name = "test", Version = "1" },
    };
}
