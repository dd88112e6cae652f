namespace Ingestion.Enrichment.Engine.Entities.PostProcessing;

// The one- and two-letter proclitics newswire glues to names: و ف (and, so), ب ل ك (in, to, as) and their
// pairs (وب، ول، وك، فب، فل). Works on folded words.
internal static class CliticPrefixes
{
    private static readonly string[] s_prefixes = ["و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل"];

    // Room enough for every result of PrefixLengths.
    public const int MaxPrefixes = 11;

    // Writes the possible proclitic lengths of a word into lengths, 0 (no clitic) first, and
    // returns how many there are. A span rather than an enumerator: this runs for every word of every article.
    public static int PrefixLengths(string folded, Span<int> lengths)
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
    public static bool IsDefinite(string folded)
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
    public static bool StartsWithConjunction(string folded) => folded.Length > 2 && folded[0] is 'و' or 'ف';

    // How many leading letters of a mention's first word are a clitic to cut off: و/ب/ف/ك before ال
    // (والكويت → الكويت) when enough is left to be a name, or any clitic before a word that isKnown
    // recognizes (وواشنطن → واشنطن). Returns 0 when nothing should be cut.
    public static int CliticLengthToTrim(string folded, Func<string, bool> isKnown)
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
