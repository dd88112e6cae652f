using Ingestion.Contracts;

namespace Ingestion.FeedWatcher.Tests.Intake;

public class FeedScannerTests
{
    [Fact]
    public async Task ScanOnceAsync_ManyFilesAndTemporaryNames_PublishesEveryArticleAndSkipsTemporaryFiles()
    {
        await using IntakeHarness harness = await IntakeHarness.StartAsync();
        for (int i = 0; i < 50; i++)
        {
            harness.Drop($"article-{i}.txt", $"Headline {i}\nBody {i}");
        }

        harness.Drop("partial.txt.part", "Still\nbeing copied");
        harness.Drop(".hidden.txt", "Hidden\nfile");

        await harness.Scanner.ScanOnceAsync(TestContext.Current.CancellationToken);

        Assert.Equal(50, harness.Bus.Published.Select<ArticleDiscovered>().Count());
        Assert.Equal(50, Directory.GetFiles(Path.Combine(harness.Feed, "processed")).Length);
        Assert.True(File.Exists(Path.Combine(harness.Feed, "partial.txt.part")));
        Assert.True(File.Exists(Path.Combine(harness.Feed, ".hidden.txt")));
    }

    [Fact]
    public async Task ScanOnceAsync_FileStillBeingWritten_IsLeftForLater()
    {
        await using IntakeHarness harness = await IntakeHarness.StartAsync(quietPeriod: TimeSpan.FromHours(1));
        harness.Drop("fresh.txt", "Headline\nBody");

        int waiting = await harness.Scanner.ScanOnceAsync(TestContext.Current.CancellationToken);

        Assert.Equal(1, waiting);
        Assert.Empty(harness.Bus.Published.Select<ArticleDiscovered>());
        Assert.True(File.Exists(Path.Combine(harness.Feed, "fresh.txt")));
    }
}
