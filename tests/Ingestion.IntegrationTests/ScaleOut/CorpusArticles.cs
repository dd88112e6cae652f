using System.Text;
using Ingestion.FeedWatcher.Intake;
using Ingestion.IntegrationTests.Infrastructure;

namespace Ingestion.IntegrationTests.ScaleOut;

/// <summary>
/// Distinct Arabic articles made deterministically from the committed ANERcorp train split (never its test split):
/// article <c>i</c> has sentence <c>i</c> as its headline and the two sentences after it as its body.
/// </summary>
internal static class CorpusArticles
{
    public static string TrainSplit => Path.Combine(RepositoryPaths.Root, "shared", "data", "corpus", "anercorp", "ANERCorp_CamelLab_train.txt");

    /// <summary>Writes <paramref name="count"/> articles with distinct ids into <paramref name="folder"/>; their paths.</summary>
    public static IReadOnlyList<string> Write(string folder, int count)
    {
        List<string> sentences = Sentences(TrainSplit);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var files = new List<string>(count);
        for (int i = 0; files.Count < count; i++)
        {
            if (i + 2 >= sentences.Count)
            {
                throw new InvalidOperationException($"The corpus has too few distinct sentences for {count} articles.");
            }

            string title = sentences[i];
            string body = sentences[i + 1] + " " + sentences[i + 2];
            if (ids.Add(ArticleIdentity.Of(title, body).ArticleId))
            {
                string path = Path.Combine(folder, $"anercorp-{files.Count:D4}.txt");
                File.WriteAllText(path, title + "\n" + body + "\n", Encoding.UTF8);
                files.Add(path);
            }
        }

        return files;
    }

    // CoNLL: one "token TAG" per line, a blank line between sentences.
    private static List<string> Sentences(string conll)
    {
        var sentences = new List<string>();
        var tokens = new List<string>();
        foreach (string line in File.ReadLines(conll))
        {
            if (line.Trim().Length == 0)
            {
                Flush();
                continue;
            }

            int space = line.LastIndexOf(' ');
            tokens.Add(space > 0 ? line[..space] : line);
        }

        Flush();
        return sentences;

        void Flush()
        {
            if (tokens.Count >= 4)
            {
                sentences.Add(string.Join(' ', tokens));
            }

            tokens.Clear();
        }
    }
}
