using Ingestion.Contracts;
using Ingestion.FeedWatcher.Tests.Intake;

namespace Ingestion.FeedWatcher.Tests.Ledger;

public class StalledArticleRepublisherTests
{
    [Fact]
    public async Task RepublishStalledAsync_ArticleNotStoredInTime_PublishesItAgainOnce()
    {
        await using IntakeHarness harness = await IntakeHarness.StartAsync(republishAfter: TimeSpan.Zero);
        await harness.Intake.ProcessAsync(harness.Drop("a.txt", "Headline\nBody"), TestContext.Current.CancellationToken);

        int republished = await harness.Republisher.RepublishStalledAsync(TestContext.Current.CancellationToken);

        Assert.Equal(1, republished);
        ArticleDiscovered[] sent = [.. harness.Bus.Published.Select<ArticleDiscovered>().Select(p => p.Context.Message)];
        Assert.Equal(2, sent.Length);
        Assert.Equal(sent[0], sent[1] with { });
    }

    [Fact]
    public async Task RepublishStalledAsync_ArticleStored_IsNotPublishedAgain()
    {
        await using IntakeHarness harness = await IntakeHarness.StartAsync(republishAfter: TimeSpan.Zero);
        await harness.Intake.ProcessAsync(harness.Drop("a.txt", "Headline\nBody"), TestContext.Current.CancellationToken);
        ArticleDiscovered published = Assert.Single(harness.Bus.Published.Select<ArticleDiscovered>()).Context.Message;
        harness.Ledger.MarkStored(published.ArticleId, DateTimeOffset.UtcNow);

        Assert.Equal(0, await harness.Republisher.RepublishStalledAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task RepublishStalledAsync_ArticleEnrichedButNotStored_PublishesItAgain()
    {
        await using IntakeHarness harness = await IntakeHarness.StartAsync(republishAfter: TimeSpan.Zero);
        await harness.Intake.ProcessAsync(harness.Drop("a.txt", "Headline\nBody"), TestContext.Current.CancellationToken);
        ArticleDiscovered published = Assert.Single(harness.Bus.Published.Select<ArticleDiscovered>()).Context.Message;
        harness.Ledger.MarkEnriched([published.ArticleId], DateTimeOffset.UtcNow);

        Assert.Equal(1, await harness.Republisher.RepublishStalledAsync(TestContext.Current.CancellationToken));
        Assert.Equal(2, harness.Bus.Published.Select<ArticleDiscovered>().Count());
    }
}
