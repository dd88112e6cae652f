using Ingestion.Contracts;
using Ingestion.FeedWatcher.Intake;
using MassTransit.Testing;

namespace Ingestion.FeedWatcher.Tests.Intake;

public class FileIntakeTests
{
    [Fact]
    public async Task ProcessAsync_TextArticle_PublishesAndMovesToProcessed()
    {
        await using IntakeHarness harness = await IntakeHarness.StartAsync();
        string path = harness.Drop("a.txt", "الكويت تبحث التعاون\nأ ش أعقد وزير الخارجية.\n");

        IntakeOutcome outcome = await harness.Intake.ProcessAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(IntakeOutcome.Published, outcome);
        IPublishedMessage<ArticleDiscovered>? published = await harness.Bus.Published.SelectAsync<ArticleDiscovered>().FirstOrDefault();
        Assert.NotNull(published);
        ArticleDiscovered message = published.Context.Message;
        Assert.Equal("الكويت تبحث التعاون", message.Title);
        Assert.Equal("أ ش أعقد وزير الخارجية.", message.Body);
        Assert.Equal(("a.txt", "txt", "utf-8"), (message.Origin.FileName, message.Origin.Format, message.Origin.Charset));
        Assert.Equal(ArticleIdentity.Of(message.Title, message.Body).ArticleId, message.ArticleId);
        Assert.False(File.Exists(path));
        Assert.True(File.Exists(Path.Combine(harness.Feed, "processed", "a.txt")));
    }

    [Fact]
    public async Task ProcessAsync_SameContentUnderTwoNames_PublishesOnceAndMovesTheCopyToDuplicates()
    {
        await using IntakeHarness harness = await IntakeHarness.StartAsync();
        string first = harness.Drop("first.txt", "Headline\nBody");
        string second = harness.Drop("second.txt", "Headline\nBody");

        IntakeOutcome firstOutcome = await harness.Intake.ProcessAsync(first, TestContext.Current.CancellationToken);
        IntakeOutcome secondOutcome = await harness.Intake.ProcessAsync(second, TestContext.Current.CancellationToken);

        Assert.Equal((IntakeOutcome.Published, IntakeOutcome.Duplicate), (firstOutcome, secondOutcome));
        Assert.Single(harness.Bus.Published.Select<ArticleDiscovered>());
        string note = await File.ReadAllTextAsync(Path.Combine(harness.Feed, "duplicates", "second.txt.duplicate.json"), TestContext.Current.CancellationToken);
        Assert.Contains("first.txt", note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProcessAsync_BadJson_MovesToFailedWithReasonAndPublishesNothing()
    {
        await using IntakeHarness harness = await IntakeHarness.StartAsync();
        string path = harness.Drop("bad.json", "{\"title\": ");

        IntakeOutcome outcome = await harness.Intake.ProcessAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(IntakeOutcome.Failed, outcome);
        Assert.Empty(harness.Bus.Published.Select<ArticleDiscovered>());
        Assert.True(File.Exists(Path.Combine(harness.Feed, "failed", "bad.json")));
        string error = await File.ReadAllTextAsync(Path.Combine(harness.Feed, "failed", "bad.json.error.json"), TestContext.Current.CancellationToken);
        Assert.Contains("Not valid JSON", error, StringComparison.Ordinal);
        Assert.Equal(1, harness.Counters.Failed);
    }

    [Fact]
    public async Task ProcessAsync_AfterRestart_DoesNotPublishTheSameArticleAgain()
    {
        string feed;
        await using (IntakeHarness before = await IntakeHarness.StartAsync())
        {
            feed = before.Feed;
            await before.Intake.ProcessAsync(before.Drop("a.txt", "Headline\nBody"), TestContext.Current.CancellationToken);
            Assert.Single(before.Bus.Published.Select<ArticleDiscovered>());
        }

        await using IntakeHarness after = await IntakeHarness.StartAsync(feed);
        IntakeOutcome outcome = await after.Intake.ProcessAsync(after.Drop("again.txt", "Headline\nBody"), TestContext.Current.CancellationToken);

        Assert.Equal(IntakeOutcome.Duplicate, outcome);
        Assert.Empty(after.Bus.Published.Select<ArticleDiscovered>());
    }

    [Fact]
    public async Task ProcessAsync_TextWithSidecar_TakesItsMetadataAndMovesItAlong()
    {
        await using IntakeHarness harness = await IntakeHarness.StartAsync();
        string path = harness.Drop("a.txt", "Headline\nBody");
        harness.Drop("a.meta.json", """{"publishedAt": "2021-07-29T09:00:00Z", "source": "KUNA", "url": "https://example.org/a"}""");

        await harness.Intake.ProcessAsync(path, TestContext.Current.CancellationToken);

        ArticleDiscovered message = Assert.Single(harness.Bus.Published.Select<ArticleDiscovered>()).Context.Message;
        Assert.Equal(new DateTimeOffset(2021, 7, 29, 9, 0, 0, TimeSpan.Zero), message.PublishedAt);
        Assert.Equal(("KUNA", "https://example.org/a"), (message.Origin.SourceName, message.Origin.Url));
        Assert.True(File.Exists(Path.Combine(harness.Feed, "processed", "a.meta.json")));
    }

    [Fact]
    public async Task ReplayFailed_FixedFile_IsPublishedOnTheNextTry()
    {
        await using IntakeHarness harness = await IntakeHarness.StartAsync();
        var folders = new FeedFolders(new FeedOptions { Path = harness.Feed });
        await harness.Intake.ProcessAsync(harness.Drop("a.json", "{\"body\": \"no title\"}"), TestContext.Current.CancellationToken);
        File.WriteAllText(Path.Combine(harness.Feed, "failed", "a.json"), "{\"title\": \"Fixed\", \"body\": \"b\"}");

        string replayed = folders.ReplayFailed("a.json");
        IntakeOutcome outcome = await harness.Intake.ProcessAsync(replayed, TestContext.Current.CancellationToken);

        Assert.Equal(IntakeOutcome.Published, outcome);
        Assert.Empty(folders.FailedFiles());
        Assert.False(File.Exists(Path.Combine(harness.Feed, "failed", "a.json.error.json")));
    }

    [Fact]
    public async Task ProcessAsync_FileVanishedBeforeItWasRead_IsSkippedWithoutAnError()
    {
        await using IntakeHarness harness = await IntakeHarness.StartAsync();

        IntakeOutcome outcome = await harness.Intake.ProcessAsync(Path.Combine(harness.Feed, "gone.txt"), TestContext.Current.CancellationToken);

        Assert.Equal(IntakeOutcome.Vanished, outcome);
        Assert.Empty(Directory.GetFiles(Path.Combine(harness.Feed, "failed")));
    }
}
