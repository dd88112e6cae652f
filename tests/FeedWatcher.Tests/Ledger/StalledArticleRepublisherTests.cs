using Ingestion.Contracts;
using Ingestion.FeedWatcher.Intake;
using Ingestion.FeedWatcher.Ledger;
using Ingestion.FeedWatcher.Tests.Intake;

namespace Ingestion.FeedWatcher.Tests.Ledger;

public class StalledArticleRepublisherTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RepublishStalledAsync_ArticleNotStoredInTime_PublishesTheSameMessageAgainOnce()
    {
        await using IntakeHarness harness = await IntakeHarness.StartAsync(republishAfter: TimeSpan.Zero);
        await harness.Intake.ProcessAsync(harness.Drop("a.txt", "Headline\nBody"), Ct);

        int republished = await harness.Republisher.RepublishStalledAsync(Ct);

        Assert.Equal(1, republished);
        ArticleDiscovered[] sent = [.. harness.Bus.Published.Select<ArticleDiscovered>().Select(p => p.Context.Message)];
        Assert.Equal(2, sent.Length);
        Assert.Equal(Json(sent[0]), Json(sent[1]));
        Assert.Equal(2, Assert.Single(harness.Ledger.ForFile("a.txt")).Attempts);
    }

    [Fact]
    public async Task RepublishStalledAsync_UndatedFeedItem_KeepsTheFileTimeItWasPublishedWith()
    {
        await using IntakeHarness harness = await IntakeHarness.StartAsync(republishAfter: TimeSpan.Zero);
        string path = harness.Drop("feed.rss", "<rss version=\"2.0\"><channel><title>C</title><item><title>Undated</title><description>Body</description></item></channel></rss>");
        // The file's time as the listing read it, before claiming touched the file; ticks below the millisecond too.
        var writtenAt = new DateTimeOffset(2020, 5, 1, 10, 0, 0, 123, TimeSpan.Zero).AddTicks(4567);
        await harness.Intake.ProcessAsync(new FeedEntry(path, null, writtenAt), Ct);
        File.SetLastWriteTimeUtc(Path.Combine(harness.Feed, "processed", "feed.rss"), DateTime.UtcNow);

        await harness.Republisher.RepublishStalledAsync(Ct);

        ArticleDiscovered[] sent = [.. harness.Bus.Published.Select<ArticleDiscovered>().Select(p => p.Context.Message)];
        Assert.Equal(2, sent.Length);
        Assert.Equal(PublishedAtSources.FileTime, sent[1].PublishedAtSource);
        Assert.Equal(Json(sent[0]), Json(sent[1]));
    }

    [Fact]
    public async Task RepublishStalledAsync_FileRenamedByAConflictInProcessed_FindsItByItsHash()
    {
        await using IntakeHarness harness = await IntakeHarness.StartAsync(republishAfter: TimeSpan.Zero);
        string processed = Path.Combine(harness.Feed, "processed");
        Directory.CreateDirectory(processed);
        File.WriteAllText(Path.Combine(processed, "a.txt"), "An older file of the same name\nOther body");
        await harness.Intake.ProcessAsync(harness.Drop("a.txt", "Headline\nBody"), Ct);

        Assert.Equal(1, await harness.Republisher.RepublishStalledAsync(Ct));
        Assert.Equal("Body", harness.Bus.Published.Select<ArticleDiscovered>().Last().Context.Message.Body);
    }

    [Fact]
    public async Task RepublishStalledAsync_ArticleInTheStore_IsClosedNotPublishedAgain()
    {
        await using IntakeHarness harness = await IntakeHarness.StartAsync(republishAfter: TimeSpan.Zero);
        await harness.Intake.ProcessAsync(harness.Drop("a.txt", "Headline\nBody"), Ct);
        harness.Store.Hold(Assert.Single(harness.Bus.Published.Select<ArticleDiscovered>()).Context.Message.ArticleId);

        Assert.Equal(0, await harness.Republisher.RepublishStalledAsync(Ct));
        Assert.Single(harness.Bus.Published.Select<ArticleDiscovered>());
        Assert.Equal(ArticleState.Stored, Assert.Single(harness.Ledger.ForFile("a.txt")).State);
    }

    [Fact]
    public async Task RepublishStalledAsync_StoreSilent_PublishesAgainAsWithoutTheQuestion()
    {
        await using IntakeHarness harness = await IntakeHarness.StartAsync(republishAfter: TimeSpan.Zero);
        await harness.Intake.ProcessAsync(harness.Drop("a.txt", "Headline\nBody"), Ct);
        harness.Store.Silent = true;

        Assert.Equal(1, await harness.Republisher.RepublishStalledAsync(Ct));
    }

    [Fact]
    public async Task RepublishStalledAsync_FileGoneFromProcessed_MarksTheArticleFailedWithTheReason()
    {
        await using IntakeHarness harness = await IntakeHarness.StartAsync(republishAfter: TimeSpan.Zero);
        await harness.Intake.ProcessAsync(harness.Drop("a.txt", "Headline\nBody"), Ct);
        File.Delete(Path.Combine(harness.Feed, "processed", "a.txt"));

        Assert.Equal(0, await harness.Republisher.RepublishStalledAsync(Ct));

        LedgerEntry entry = Assert.Single(harness.Ledger.ForFile("a.txt"));
        Assert.Equal(ArticleState.Failed, entry.State);
        Assert.Contains("no longer in processed/", entry.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConfirmStoredAsync_SomeArticlesStored_ClosesThoseInOneRequest()
    {
        await using IntakeHarness harness = await IntakeHarness.StartAsync();
        await harness.Intake.ProcessAsync(harness.Drop("a.jsonl", "{\"title\":\"One\",\"body\":\"B1\"}\n{\"title\":\"Two\",\"body\":\"B2\"}\n{\"title\":\"Three\",\"body\":\"B3\"}\n"), Ct);
        string[] ids = [.. harness.Bus.Published.Select<ArticleDiscovered>().Select(p => p.Context.Message.ArticleId)];
        harness.Store.Hold(ids[0]);
        harness.Store.Hold(ids[2]);

        Assert.Equal(2, await harness.Republisher.ConfirmStoredAsync(Ct));

        Assert.Equal(1, harness.Store.Requests);
        Assert.Equal([ids[1]], harness.Ledger.InState(ArticleState.Published).Select(e => e.Id));
        Assert.Equal(2, harness.Ledger.CountByState()[ArticleState.Stored]);
    }

    [Fact]
    public async Task ConfirmStoredAsync_StoreSilent_LeavesThemPendingAndReturns()
    {
        await using IntakeHarness harness = await IntakeHarness.StartAsync();
        await harness.Intake.ProcessAsync(harness.Drop("a.txt", "Headline\nBody"), Ct);
        harness.Store.Silent = true;

        Assert.Equal(0, await harness.Republisher.ConfirmStoredAsync(Ct));
        Assert.Equal(1, harness.Ledger.CountByState()[ArticleState.Published]);
    }

    [Fact]
    public async Task ConfirmStoredAsync_NothingPending_AsksNothing()
    {
        await using IntakeHarness harness = await IntakeHarness.StartAsync();

        Assert.Equal(0, await harness.Republisher.ConfirmStoredAsync(Ct));
        Assert.Equal(0, harness.Store.Requests);
    }

    private static string Json(ArticleDiscovered message) => System.Text.Json.JsonSerializer.Serialize(message);
}
