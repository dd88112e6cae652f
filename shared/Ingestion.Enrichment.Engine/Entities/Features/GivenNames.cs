using Ingestion.Enrichment.Engine.Text;

namespace Ingestion.Enrichment.Engine.Entities.Features;

// Given names matched as newswire writes them: folded like every lookup (a hamza left off, ي for ى, ه for ة), but
// never with a letter the list does not spell. Matched on the folded form alone, the preposition على read as the name
// علي (1,776 tokens of ANERcorp's train split, 47 of them persons) and بأن as بان; and the list's names were also
// entered by their clitic-stripped stems, so كمال flagged every مال and بان every أن.
internal sealed class GivenNames
{
    // Folded form's hash → the list's spellings of it, ignorable marks removed.
    private readonly Dictionary<ulong, List<string>> _spellings = [];

    public void Add(string name)
    {
        string word = name.Trim();
        if (word.Length == 0 || word.Contains(' ', StringComparison.Ordinal))
        {
            return;
        }

        var buffer = new char[TokenAnalyzer.MaxChars];
        TokenInfo info = TokenAnalyzer.Analyze(word, TokenKind.ArabicWord, buffer, 0);
        string spelling = Unmarked(word);
        if (!_spellings.TryGetValue(info.Norm, out List<string>? spellings))
        {
            _spellings[info.Norm] = spellings = [];
        }

        spellings.Add(spelling);
    }

    // The word (or, after a clitic, its stem) is one of the names as the list spells it, or with fewer marks.
    public bool Contains(in TokenInfo info, ReadOnlySpan<char> word)
    {
        if (!_spellings.ContainsKey(info.Norm) && (info.Stem == info.Norm || !_spellings.ContainsKey(info.Stem)))
        {
            return false;
        }

        Span<char> written = stackalloc char[Math.Min(word.Length, TokenAnalyzer.MaxChars * 2)];
        int n = 0;
        foreach (char c in word)
        {
            if (!ArabicNormalizer.IsIgnorable(c) && n < written.Length)
            {
                written[n++] = c;
            }
        }

        return Spelled(info.Norm, written[..n]) || (info.Stem != info.Norm && Spelled(info.Stem, written[..n]));
    }

    private bool Spelled(ulong key, ReadOnlySpan<char> written)
    {
        if (!_spellings.TryGetValue(key, out List<string>? spellings))
        {
            return false;
        }

        foreach (string listed in spellings)
        {
            // A stem is the end of the word.
            if (written.Length >= listed.Length && Compatible(written[^listed.Length..], listed))
            {
                return true;
            }
        }

        return false;
    }

    // Each written letter is the listed one, or its bare form (ا for أ إ آ, ي for ى, ه for ة): writers drop marks,
    // they do not add them.
    private static bool Compatible(ReadOnlySpan<char> written, string listed)
    {
        for (int i = 0; i < listed.Length; i++)
        {
            char c = char.ToLowerInvariant(written[i]);
            char d = char.ToLowerInvariant(listed[i]);
            if (c != d && !(c is 'ا' or 'ي' or 'ه' && ArabicNormalizer.Fold(d) == c))
            {
                return false;
            }
        }

        return true;
    }

    private static string Unmarked(string word) => string.Concat(word.Where(c => !ArabicNormalizer.IsIgnorable(c)));
}
