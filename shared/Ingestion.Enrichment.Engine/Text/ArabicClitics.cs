namespace Ingestion.Enrichment.Engine.Text;

/// <summary>
/// Proclitics of a normalized Arabic word: conjunction (و ف), preposition (ب ل ك) and article (ال, or لل after ل).
/// </summary>
/// <remarks>Stripping is a guess, never a split of the text: a stem must keep at least two letters after it.</remarks>
public static class ArabicClitics
{
    // The one- and two-letter proclitics newswire glues to names, for the rules: و ف (and, so), ب ل ك (in, to, as)
    // and their pairs (وب، ول، وك، فب، فل). Works on folded words.
    private static readonly string[] s_prefixes = ["و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل"];

    // Room enough for every result of PrefixLengths.
    internal const int MaxPrefixes = 11;

    /// <summary>The length of the proclitic run at the start of a normalized word (0 when none).</summary>
    public static int PrefixLength(ReadOnlySpan<char> word)
    {
        int p = 0;
        if (word.Length - p > 4 && word[p] is 'و' or 'ف')
        {
            p++;
        }

        if (word.Length - p > 4 && word[p] == 'ل' && word[p + 1] == 'ل')
        {
            return p + 2;
        }

        if (word.Length - p > 3 && word[p] is 'ب' or 'ل' or 'ك' && word[p + 1] == 'ا' && word[p + 2] == 'ل')
        {
            return p + 3;
        }

        if (word.Length - p > 3 && word[p] == 'ا' && word[p + 1] == 'ل')
        {
            return p + 2;
        }

        if (p == 0 && word.Length > 3 && word[0] is 'ب' or 'ل' or 'ك')
        {
            // A bare preposition on a name (بدمشق, لبلينكن) is common, but so are stems starting with these letters;
            // the recognizer sees both forms, so the guess only has to be cheap.
            return 1;
        }

        return p;
    }

    // Writes the possible proclitic lengths of a word into lengths, 0 (no clitic) first, and
    // returns how many there are. A span rather than an enumerator: this runs for every word of every article.
    internal static int PrefixLengths(string folded, Span<int> lengths)
    {
        int count = 0;
        lengths[count++] = 0;
        foreach (string prefix in s_prefixes)
        {
            if (folded.Length >= prefix.Length + 2 && folded.StartsWith(prefix, StringComparison.Ordinal))
            {
                lengths[count++] = prefix.Length;
            }
        }

        return count;
    }

    // True when the word carries the article ال, possibly behind clitics (والكويت، بالإنابة، للشؤون).
    internal static bool IsDefinite(string folded)
    {
        Span<int> prefixes = stackalloc int[MaxPrefixes];
        foreach (int p in prefixes[..PrefixLengths(folded, prefixes)])
        {
            if (folded.Length >= p + 4 && string.CompareOrdinal(folded, p, "ال", 0, 2) == 0)
            {
                return true;
            }
        }

        // ل + ال is written لل: للشؤون.
        return folded.Length >= 5 && folded.StartsWith("لل", StringComparison.Ordinal);
    }

    // True when the word starts with the conjunction و or ف in front of something the caller recognizes.
    internal static bool StartsWithConjunction(string folded) => folded.Length > 2 && folded[0] is 'و' or 'ف';

    // How many leading letters of a mention's first word are a clitic to cut off: و/ب/ف/ك before ال
    // (والكويت → الكويت) when enough is left to be a name, or any clitic before a word that isKnown
    // recognizes (وواشنطن → واشنطن). Returns 0 when nothing should be cut.
    internal static int CliticLengthToTrim(string folded, Func<string, bool> isKnown)
    {
        Span<int> prefixes = stackalloc int[MaxPrefixes];
        foreach (int p in prefixes[..PrefixLengths(folded, prefixes)])
        {
            if (p == 0)
            {
                continue;
            }

            string rest = folded[p..];
            bool definiteName = rest.StartsWith("ال", StringComparison.Ordinal) && rest.Length >= 5;
            // ف and ك open names too often (فان، كوفي، كلاوس) to be cut before anything but ال.
            bool weakClitic = folded[0] is 'ف' or 'ك' || folded[p - 1] == 'ك';
            if (definiteName || (!weakClitic && rest.Length >= 3 && isKnown(rest)))
            {
                return p;
            }
        }

        return 0;
    }
}
