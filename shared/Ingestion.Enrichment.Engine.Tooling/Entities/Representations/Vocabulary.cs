namespace Ingestion.Enrichment.Engine.Entities.Representations;

/// <summary>The words kept for training, most frequent first (ties in ordinal order), with their counts.</summary>
public sealed class Vocabulary
{
    private readonly Dictionary<string, int> _ids;

    private Vocabulary(string[] words, long[] counts)
    {
        Words = words;
        Counts = counts;
        _ids = new Dictionary<string, int>(words.Length, StringComparer.Ordinal);
        for (int i = 0; i < words.Length; i++)
        {
            _ids[words[i]] = i;
        }
    }

    public IReadOnlyList<string> Words { get; }

    public IReadOnlyList<long> Counts { get; }

    public int Count => Words.Count;

    /// <summary>Counts the words of the sentences and keeps those seen at least <paramref name="minCount"/> times.</summary>
    public static Vocabulary Build(IEnumerable<string[]> sentences, int minCount)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (string[] sentence in sentences)
        {
            foreach (string word in sentence)
            {
                counts[word] = counts.GetValueOrDefault(word) + 1;
            }
        }

        return FromCounts(counts, minCount);
    }

    /// <summary>The words counted at least <paramref name="minCount"/> times.</summary>
    public static Vocabulary FromCounts(IReadOnlyDictionary<string, long> counts, int minCount)
    {
        ArgumentNullException.ThrowIfNull(counts);
        KeyValuePair<string, long>[] kept = [.. counts.Where(p => p.Value >= minCount).OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)];
        return new Vocabulary([.. kept.Select(p => p.Key)], [.. kept.Select(p => p.Value)]);
    }

    /// <summary>The word's index, or -1 when it is not kept.</summary>
    public int IdOf(string word) => _ids.GetValueOrDefault(word, -1);

    /// <summary>The sentence as word indices, unknown words dropped.</summary>
    public int[] Encode(string[] sentence) => [.. sentence.Select(IdOf).Where(id => id >= 0)];
}
