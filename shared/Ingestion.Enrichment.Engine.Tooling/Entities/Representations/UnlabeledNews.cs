using System.IO.Compression;
using System.Text.Json;
using Ingestion.Enrichment.Engine.Entities.Features;
using Ingestion.Enrichment.Engine.Text;

namespace Ingestion.Enrichment.Engine.Entities.Representations;

/// <summary>
/// Unlabelled news text as the word representations see it: tokenized by the engine's tokenizer, each word in the
/// normalized form the tagger's features hash (Arabic folding, Latin lower case, digits as 0), punctuation left out.
/// </summary>
public static class UnlabeledNews
{
    /// <summary>
    /// The title and body of every article in the SaudiNewsNet zips of a directory (JSON arrays of articles with
    /// <c>title</c> and <c>content</c>), files in name order, articles in file order.
    /// </summary>
    public static IEnumerable<string> ReadSaudiNewsNet(string directory)
    {
        foreach (string zip in Directory.GetFiles(directory, "*.zip").Order(StringComparer.Ordinal))
        {
            using ZipArchive archive = ZipFile.OpenRead(zip);
            foreach (ZipArchiveEntry entry in archive.Entries.Where(e => e.Name.EndsWith(".json", StringComparison.Ordinal)).OrderBy(e => e.FullName, StringComparer.Ordinal))
            {
                using Stream stream = entry.Open();
                using JsonDocument json = JsonDocument.Parse(stream);
                foreach (JsonElement article in json.RootElement.EnumerateArray())
                {
                    foreach (string field in (string[])["title", "content"])
                    {
                        if (article.TryGetProperty(field, out JsonElement value) && value.GetString() is { Length: > 0 } text)
                        {
                            yield return text;
                        }
                    }
                }
            }
        }
    }

    /// <summary>
    /// Reads the documents once: the vocabulary of words seen at least <paramref name="minCount"/> times and every
    /// sentence as word indices (rarer words dropped).
    /// </summary>
    public static (Vocabulary Vocabulary, List<int[]> Sentences) Encode(IEnumerable<string> documents, int minCount, IProgress<long>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var counts = new List<long>();
        var sentences = new List<int[]>();
        long tokens = 0;
        foreach (string document in documents)
        {
            foreach (string[] sentence in Sentences(document))
            {
                var encoded = new int[sentence.Length];
                for (int i = 0; i < sentence.Length; i++)
                {
                    if (!ids.TryGetValue(sentence[i], out int id))
                    {
                        id = counts.Count;
                        ids.Add(sentence[i], id);
                        counts.Add(0);
                    }

                    counts[id]++;
                    encoded[i] = id;
                }

                sentences.Add(encoded);
                tokens += encoded.Length;
            }

            progress?.Report(tokens);
        }

        Vocabulary vocabulary = Vocabulary.FromCounts(ids.ToDictionary(p => p.Key, p => counts[p.Value], StringComparer.Ordinal), minCount);
        var remap = new int[counts.Count];
        foreach ((string word, int id) in ids)
        {
            remap[id] = vocabulary.IdOf(word);
        }

        for (int s = 0; s < sentences.Count; s++)
        {
            sentences[s] = [.. sentences[s].Select(id => remap[id]).Where(id => id >= 0)];
        }

        return (vocabulary, sentences);
    }

    /// <summary>The text's lines as sequences of normalized words (no punctuation).</summary>
    public static IEnumerable<string[]> Sentences(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (string line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            string[] words = [.. Tokenizer.Tokenize(line).Where(t => t.Kind != TokenKind.Punctuation).Select(t => TokenAnalyzer.Normalize(t.Slice(line)))];
            if (words.Length > 1)
            {
                yield return words;
            }
        }
    }
}
