using Ingestion.FeedWatcher.Intake;

namespace Ingestion.FeedWatcher.Tests.Intake;

public class FeedFileFilterTests
{
    private static readonly HashSet<string> s_extensions = new([".txt", ".json"], StringComparer.OrdinalIgnoreCase);

    [Theory]
    [InlineData("article.txt", true)]
    [InlineData("ARTICLE.TXT", true)]
    [InlineData("article.json", true)]
    [InlineData(".hidden.txt", false)]
    [InlineData("~backup.txt", false)]
    [InlineData("article.txt.tmp", false)]
    [InlineData("article.txt.part", false)]
    [InlineData("article.docx", false)]
    public void IsCandidate_Name_DecidesByNameAndExtension(string name, bool expected) =>
        Assert.Equal(expected, FeedFileFilter.IsCandidate(Path.Combine("/feed", name), s_extensions));

    [Theory]
    [InlineData("notes.docx", null, true)]
    [InlineData("article", null, true)]
    [InlineData("article.txt.done", null, true)]
    [InlineData("article.txt.done", ".done", false)]
    [InlineData("article.meta.json", null, false)]
    [InlineData("article.txt.part", null, false)]
    [InlineData(".hidden", null, false)]
    public void IsDropped_Name_TakesAnyExtensionButNotTemporaryNamesSidecarsOrMarkers(string name, string? marker, bool expected) =>
        Assert.Equal(expected, FeedFileFilter.IsDropped(Path.Combine("/feed", name), marker));
}
