using Ingestion.Enrichment.Engine.Temporal.Evaluation;

namespace Ingestion.Enrichment.Engine.Tests.Temporal.Evaluation;

/// <summary>
/// Every stand-off gold file kept in the repository must load against the texts it was made from: the hash of each
/// article matches, every span lies inside its text, and the annotations are well formed. Only loading is checked
/// here, never the tagger's score, so a blind part can be guarded before it is scored. The texts may not be copied
/// into the project; the tests read them from ../shared/corpus and skip, saying why, where it is absent.
/// </summary>
public sealed class TimexGoldFilesTests
{
    private static readonly string s_gold = Path.Combine(SpecFolder.RepositoryRoot(), "tests", "Ingestion.Enrichment.Engine.Tests", "Temporal", "Gold");

    private static readonly string s_corpus = Path.GetFullPath(Path.Combine(SpecFolder.RepositoryRoot(), "..", "shared", "corpus"));

    private static readonly HashSet<string> s_types = ["DATE", "TIME", "DURATION", "SET"];

    // Each file with the number of articles it annotates.
    private static readonly (string File, int Articles)[] s_files =
    [
        ("news-ar.timex.jsonl", 56),
        ("news-ar-blind2.timex.jsonl", 17),
        ("news-ar-blind3.timex.jsonl", 24),
        ("news-ar-blind4.timex.jsonl", 26),
        ("news-ar-blind5.timex.jsonl", 25),
    ];

    public static TheoryData<string, int> GoldFiles()
    {
        var data = new TheoryData<string, int>();
        foreach ((string file, int articles) in s_files)
        {
            data.Add(file, articles);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(GoldFiles))]
    public void Read_GoldFile_LoadsEveryArticleWithWellFormedAnnotations(string file, int articles)
    {
        Assert.SkipUnless(Directory.Exists(Path.Combine(s_corpus, "news-ar")), $"The annotated texts are read from {s_corpus}, which is absent (they may not be copied into the project).");

        IReadOnlyList<TimexDocument> documents = StandoffGoldReader.Read(Path.Combine(s_gold, file), s_corpus);

        Assert.Equal(articles, documents.Count);
        Assert.Equal(articles, documents.Select(d => d.Id).Distinct(StringComparer.Ordinal).Count());
        foreach (TimexDocument document in documents)
        {
            Assert.Contains(document.Part, new[] { "dev", "test", "blind" });
            int previousEnd = 0;
            foreach (var timex in document.Gold)
            {
                Assert.True(timex.Start >= previousEnd, $"{document.Id}: '{timex.Text}' at {timex.Start} overlaps the expression before it");
                Assert.Contains(timex.Type, s_types);
                Assert.False(string.IsNullOrWhiteSpace(timex.Value), $"{document.Id}: '{timex.Text}' has no value");
                Assert.Equal(timex.Text.Trim(), timex.Text);
                previousEnd = timex.End;
            }
        }
    }

    [Fact]
    public void GoldFiles_NoArticleAnnotatedInTwoParts()
    {
        Assert.SkipUnless(Directory.Exists(Path.Combine(s_corpus, "news-ar")), $"The annotated texts are read from {s_corpus}, which is absent (they may not be copied into the project).");

        // A blind part is only blind if none of its articles was read for another part.
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach ((string file, _) in s_files)
        {
            foreach (TimexDocument document in StandoffGoldReader.Read(Path.Combine(s_gold, file), s_corpus))
            {
                string key = StandoffGoldReader.Hash(document.Text);
                Assert.False(seen.TryGetValue(key, out string? other), $"{document.Id} in {file} is also annotated in {other}");
                seen[key] = file;
            }
        }
    }
}
