using System.Globalization;
using System.Text;
using Ingestion.IntegrationTests.Infrastructure;

namespace Ingestion.IntegrationTests.Crash;

/// <summary>
/// The crash suite's articles, made deterministically from the ANERcorp train split committed in the repository
/// (<c>shared/data/corpus/anercorp</c>), so the suite needs nothing outside it: article i is three consecutive
/// sentences under a numbered headline, so every article has its own title and therefore its own id.
/// </summary>
internal static class CrashCorpus
{
    private const int SentencesPerArticle = 3;

    private static readonly Lazy<IReadOnlyList<string>> s_sentences = new(ReadSentences);

    private static string CorpusPath => Path.Combine(RepositoryPaths.Root, "shared", "data", "corpus", "anercorp", "ANERCorp_CamelLab_train.txt");

    /// <summary>Writes <paramref name="count"/> article files (<c>crash-0000.txt</c> …) into <paramref name="folder"/>; their paths.</summary>
    public static IReadOnlyList<string> Write(string folder, int count)
    {
        IReadOnlyList<string> sentences = s_sentences.Value;
        Directory.CreateDirectory(folder);
        var files = new List<string>(count);
        for (int i = 0; i < count; i++)
        {
            var body = new StringBuilder();
            for (int s = 0; s < SentencesPerArticle; s++)
            {
                body.Append(sentences[((i * SentencesPerArticle) + s) % sentences.Count]).Append(' ');
            }

            string lead = string.Join(' ', sentences[i * SentencesPerArticle % sentences.Count].Split(' ').Take(6));
            string title = string.Create(CultureInfo.InvariantCulture, $"نبأ رقم {i + 1}: {lead}");
            string path = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"crash-{i:D4}.txt"));
            File.WriteAllText(path, title + "\n" + body.ToString().TrimEnd() + "\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            files.Add(path);
        }

        return files;
    }

    private static List<string> ReadSentences()
    {
        var sentences = new List<string>();
        var words = new List<string>();
        foreach (string line in File.ReadLines(CorpusPath))
        {
            int space = line.LastIndexOf(' ');
            if (space > 0)
            {
                words.Add(line[..space]);
            }
            else if (line.Length == 0 && words.Count > 0)
            {
                sentences.Add(string.Join(' ', words));
                words.Clear();
            }
        }

        if (words.Count > 0)
        {
            sentences.Add(string.Join(' ', words));
        }

        return sentences;
    }
}
