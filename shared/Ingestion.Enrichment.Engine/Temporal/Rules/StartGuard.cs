namespace Ingestion.Enrichment.Engine.Temporal.Rules;

/// <summary>
/// A necessary condition for a rule's match to begin at a position: the text there starts like one of the words
/// the pattern can begin with (first three letters, or the whole word when shorter), or with a digit. The big
/// duration patterns cost a microsecond or more per regex attempt even when the first word is wrong (their
/// compiled matchers exceed the JIT's size limits and run unoptimized), and most attempts are at such words.
/// </summary>
internal sealed class StartGuard
{
    private const int PrefixLength = 3;

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _prefixes;
    private readonly bool _digits;

    public StartGuard(IEnumerable<string> words, bool digits)
    {
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        foreach (string word in words)
        {
            if (word.Length == 0)
            {
                throw new ArgumentException("Empty start word.", nameof(words));
            }

            prefixes.Add(word[..Math.Min(PrefixLength, word.Length)]);
        }

        _prefixes = prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        _digits = digits;
    }

    public bool Allows(string text, int index)
    {
        // char.IsDigit is exactly the regex class \d (Unicode Nd), not only ASCII digits.
        if (char.IsDigit(text[index]))
        {
            return _digits;
        }

        ReadOnlySpan<char> rest = text.AsSpan(index);
        for (int length = 1; length <= PrefixLength && length <= rest.Length; length++)
        {
            if (_prefixes.Contains(rest[..length]))
            {
                return true;
            }
        }

        return false;
    }
}
