using Ingestion.Enrichment.Engine.Text;

namespace Ingestion.Enrichment.Engine.Entities.PostProcessing;

// Multi-word names (folded) with their entity type, matched token by token, longest first, with the clitics of
// ArabicClitics.PrefixLengths allowed on the first word.
internal sealed class PhraseGazetteer
{
    private readonly Dictionary<string, List<(string[] Words, string Type)>> _byFirstWord = new(StringComparer.Ordinal);

    public int Count { get; private set; }

    // Adds a folded phrase; the first type given for a phrase wins.
    public void Add(string[] words, string type)
    {
        if (words.Length == 0)
        {
            return;
        }

        if (!_byFirstWord.TryGetValue(words[0], out List<(string[] Words, string Type)>? entries))
        {
            entries = [];
            _byFirstWord[words[0]] = entries;
        }

        if (entries.Exists(e => e.Words.AsSpan().SequenceEqual(words)))
        {
            return;
        }

        entries.Add((words, type));
        entries.Sort(static (a, b) => b.Words.Length.CompareTo(a.Words.Length));
        Count++;
    }

    public bool Contains(string[] words) =>
        _byFirstWord.TryGetValue(words[0], out List<(string[] Words, string Type)>? entries)
        && entries.Exists(e => e.Words.AsSpan().SequenceEqual(words));

    public bool StartsAnEntry(string word) => _byFirstWord.ContainsKey(word);

    public bool StartsAnEntry(ReadOnlySpan<char> word) => _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word);

    // True when the word, bare or behind any clitic, is the first word of an entry: Match can only succeed then.
    public bool MayStartMatch(string word)
    {
        Span<int> prefixes = stackalloc int[ArabicClitics.MaxPrefixes];
        foreach (int p in prefixes[..ArabicClitics.PrefixLengths(word, prefixes)])
        {
            if (StartsAnEntry(word.AsSpan(p)))
            {
                return true;
            }
        }

        return false;
    }

    // The longest phrase starting at token index, trying the bare word before its clitics.
    public PhraseMatch? Match(IReadOnlyList<SurfaceToken> tokens, int index, bool allowClitics = true)
    {
        SurfaceToken first = tokens[index];
        if (!first.IsWord)
        {
            return null;
        }

        Span<int> prefixes = stackalloc int[ArabicClitics.MaxPrefixes];
        int count = allowClitics ? ArabicClitics.PrefixLengths(first.Folded, prefixes) : 1;
        prefixes[0] = 0;
        Dictionary<string, List<(string[] Words, string Type)>>.AlternateLookup<ReadOnlySpan<char>> lookup = _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (int clitic in prefixes[..count])
        {
            if (!lookup.TryGetValue(first.Folded.AsSpan(clitic), out List<(string[] Words, string Type)>? entries))
            {
                continue;
            }

            foreach ((string[] words, string type) in entries)
            {
                if (Follows(tokens, index, words))
                {
                    return new PhraseMatch(index, index + words.Length, clitic, type);
                }
            }
        }

        return null;
    }

    private static bool Follows(IReadOnlyList<SurfaceToken> tokens, int index, string[] words)
    {
        if (index + words.Length > tokens.Count)
        {
            return false;
        }

        for (int k = 1; k < words.Length; k++)
        {
            SurfaceToken token = tokens[index + k];
            if (!token.IsWord || !string.Equals(token.Folded, words[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
