using Ingestion.Contracts;
using Ingestion.FeedWatcher.Intake;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Ingestion.FeedWatcher.Tests.Intake;

public class FeedClaimsTests
{
    private static readonly TimeSpan s_lease = TimeSpan.FromMinutes(10);

    [Fact]
    public async Task ScanOnceAsync_TwoWatchersRacingOnOneFeed_PublishEveryFileExactlyOnce()
    {
        string feed = Directory.CreateTempSubdirectory("ingestion-feed-").FullName;
        await using IntakeHarness first = await IntakeHarness.StartAsync(feed, settings: Watcher(feed, "watcher-a"));
        await using IntakeHarness second = await IntakeHarness.StartAsync(feed, settings: Watcher(feed, "watcher-b"));
        const int files = 400;
        for (int i = 0; i < files; i++)
        {
            first.Drop($"article-{i:D3}.txt", $"Headline {i}\nBody of article {i}");
        }

        // Both scans list every file before either has claimed much: they contend for the same names.
        CancellationToken token = TestContext.Current.CancellationToken;
        await Task.WhenAll(Task.Run(() => first.Scanner.ScanOnceAsync(token), token), Task.Run(() => second.Scanner.ScanOnceAsync(token), token));

        List<string> published = [.. first.Bus.Published.Select<ArticleDiscovered>().Concat(second.Bus.Published.Select<ArticleDiscovered>()).Select(m => m.Context.Message.ArticleId)];
        Assert.Equal(files, published.Count);
        Assert.Equal(files, published.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(files, Directory.GetFiles(Path.Combine(feed, "processed")).Length);
        Assert.Empty(Directory.GetFiles(feed));
        Assert.Empty(Directory.GetFiles(Path.Combine(feed, FeedClaims.FolderName), "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void TryClaim_FileClaimedByAnotherWatcher_ReturnsNullAndLeavesTheClaim()
    {
        string feed = Directory.CreateTempSubdirectory("ingestion-feed-").FullName;
        string path = Drop(feed, "a.txt");
        var clock = new ManualClock(DateTimeOffset.UtcNow);

        FeedEntry? won = Claims(feed, "watcher-a", clock).TryClaim(new FeedEntry(path, null));
        FeedEntry? lost = Claims(feed, "watcher-b", clock).TryClaim(new FeedEntry(path, null));

        Assert.NotNull(won);
        Assert.Null(lost);
        Assert.Equal(Path.Combine(feed, FeedClaims.FolderName, "watcher-a", "a.txt"), won.Path);
        Assert.True(File.Exists(won.Path));
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void TryClaim_FileWithSidecar_TakesTheSidecarAlong()
    {
        string feed = Directory.CreateTempSubdirectory("ingestion-feed-").FullName;
        string path = Drop(feed, "a.txt");
        File.WriteAllText(Path.Combine(feed, "a.meta.json"), """{"source":"KUNA"}""");

        FeedEntry? claimed = Claims(feed, "watcher-a", new ManualClock(DateTimeOffset.UtcNow)).TryClaim(new FeedEntry(path, null));

        Assert.NotNull(claimed);
        Assert.True(File.Exists(Path.Combine(feed, FeedClaims.FolderName, "watcher-a", "a.meta.json")));
        Assert.False(File.Exists(Path.Combine(feed, "a.meta.json")));
    }

    [Fact]
    public void RecoverAbandoned_ClaimOfAnotherWatcherPastItsLease_GoesBackIntoTheFeed()
    {
        string feed = Directory.CreateTempSubdirectory("ingestion-feed-").FullName;
        string path = Drop(feed, "a.txt");
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        Assert.NotNull(Claims(feed, "dead", clock).TryClaim(new FeedEntry(path, null)));
        FeedClaims survivor = Claims(feed, "alive", clock);

        clock.Now += s_lease - TimeSpan.FromSeconds(1);
        int early = survivor.RecoverAbandoned();
        clock.Now += TimeSpan.FromSeconds(2);
        int late = survivor.RecoverAbandoned();

        Assert.Equal(0, early);
        Assert.Equal(1, late);
        Assert.True(File.Exists(path));
        Assert.Empty(Directory.GetFiles(Path.Combine(feed, FeedClaims.FolderName), "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void RecoverAbandoned_OwnClaimLeftByAnEarlierRun_IsReleasedAtOnce()
    {
        string feed = Directory.CreateTempSubdirectory("ingestion-feed-").FullName;
        string path = Drop(feed, "a.txt");
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        Assert.NotNull(Claims(feed, "watcher-a", clock).TryClaim(new FeedEntry(path, null)));

        int released = Claims(feed, "watcher-a", clock).RecoverAbandoned();

        Assert.Equal(1, released);
        Assert.True(File.Exists(path));
    }

    [Fact]
    public void RecoverAbandoned_NewFileOfTheSameNameInTheFeed_KeepsBothAndReleasesLater()
    {
        string feed = Directory.CreateTempSubdirectory("ingestion-feed-").FullName;
        string path = Drop(feed, "a.txt");
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        FeedClaims claims = Claims(feed, "watcher-a", clock);
        FeedEntry claimed = Assert.IsType<FeedEntry>(claims.TryClaim(new FeedEntry(path, null)));
        File.WriteAllText(path, "Newer\nfile");

        int whileTaken = claims.RecoverAbandoned();
        File.Delete(path);
        int afterwards = claims.RecoverAbandoned();

        Assert.Equal(0, whileTaken);
        Assert.Equal(1, afterwards);
        Assert.Equal("Headline\nBody", File.ReadAllText(path));
        Assert.False(File.Exists(claimed.Path));
    }

    private static Dictionary<string, string?> Watcher(string feed, string instance) => new()
    {
        ["Feed:InstanceId"] = instance,
        ["Feed:StatePath"] = Path.Combine(feed, ".ingest", instance),
    };

    private static FeedClaims Claims(string feed, string instance, TimeProvider clock) =>
        new(Options.Create(new FeedOptions { Path = feed, InstanceId = instance, ClaimLease = s_lease }), clock, NullLogger<FeedClaims>.Instance);

    private static string Drop(string feed, string name)
    {
        string path = Path.Combine(feed, name);
        File.WriteAllText(path, "Headline\nBody");
        return path;
    }
}
