using Ingestion.FeedWatcher.Intake;

namespace Ingestion.FeedWatcher.Tests.Intake;

public class FeedListingTests
{
    [Fact]
    public void Look_FileGrowingBetweenLooks_IsNotReadyUntilItsSizeHolds()
    {
        FeedOptions options = Options(TimeSpan.Zero);
        var listing = new FeedListing(options);
        string path = Path.Combine(options.Path, "growing.txt");
        File.WriteAllText(path, "Headline\npart one");
        DateTime later = DateTime.UtcNow.AddMinutes(1);

        Assert.Single(listing.Look(later).Ready);
        File.AppendAllText(path, " part two");
        FeedLook look = listing.Look(later);
        (IReadOnlyList<FeedEntry> ready, int waiting) = (look.Ready, look.Waiting);
        Assert.Empty(ready);
        Assert.Equal(1, waiting);
        Assert.Single(listing.Look(later).Ready);
    }

    [Fact]
    public void Look_RecentlyWritten_WaitsForTheQuietPeriod()
    {
        FeedOptions options = Options(TimeSpan.FromSeconds(30));
        var listing = new FeedListing(options);
        File.WriteAllText(Path.Combine(options.Path, "fresh.txt"), "Headline\nBody");

        Assert.Empty(listing.Look(DateTime.UtcNow).Ready);
        Assert.Single(listing.Look(DateTime.UtcNow.AddSeconds(31)).Ready);
    }

    [Fact]
    public void Look_MarkerMode_TakesAFileOnlyOnceItsMarkerExists()
    {
        FeedOptions options = Options(TimeSpan.Zero);
        options.MarkerSuffix = ".done";
        var listing = new FeedListing(options);
        string path = Path.Combine(options.Path, "a.txt");
        File.WriteAllText(path, "Headline\nBody");
        DateTime later = DateTime.UtcNow.AddMinutes(1);

        Assert.Empty(listing.Look(later).Ready);
        File.WriteAllText(path + ".done", string.Empty);
        FeedEntry entry = Assert.Single(listing.Look(later).Ready);
        Assert.Equal(path + ".done", entry.MarkerPath);
    }

    [Fact]
    public void Look_Recursive_FindsSubfoldersButNotTheOutputFolders()
    {
        FeedOptions options = Options(TimeSpan.Zero);
        options.Recursive = true;
        Directory.CreateDirectory(Path.Combine(options.Path, "kuna"));
        Directory.CreateDirectory(options.ResolvedProcessedPath);
        File.WriteAllText(Path.Combine(options.Path, "kuna", "a.txt"), "A\nBody");
        File.WriteAllText(Path.Combine(options.ResolvedProcessedPath, "old.txt"), "Old\nBody");

        FeedEntry entry = Assert.Single(new FeedListing(options).Look(DateTime.UtcNow.AddMinutes(1)).Ready);

        Assert.EndsWith(Path.Combine("kuna", "a.txt"), entry.Path, StringComparison.Ordinal);
    }

    private static FeedOptions Options(TimeSpan quiet) =>
        new() { Path = Directory.CreateTempSubdirectory("ingestion-listing-").FullName, QuietPeriod = quiet };
}
