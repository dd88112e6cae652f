using System.Collections.Frozen;

namespace Ingestion.Enrichment.Engine.Entities.PostProcessing;

/// <summary>
/// What a word can be around a name: title, organization head, function word, time word, nationality adjective,
/// a possible name. Every test looks through the clitics (ووزير، لمساعد، بوزارة، والنائب).
/// </summary>
internal sealed class WordClassifier(PostProcessingLexicon lexicon)
{
    // Kept inside a person's name: عبد الله، بن سلمان، أبو مازن، آل ثاني.
    private static readonly FrozenSet<string> s_nameParticles = FrozenSet.ToFrozenSet(["عبد", "بن", "ابن", "بنت", "ابو", "ابي", "ال", "ام"], StringComparer.Ordinal);

    public PostProcessingLexicon Lexicon { get; } = lexicon;

    /// <summary>The title kind of a word, and whether it carried ال (الوزير) rather than standing in construct (وزير).</summary>
    public TitleKind TitleOf(string folded, out bool definite)
    {
        foreach (int p in ArabicClitics.PrefixLengths(folded))
        {
            string rest = folded[p..];
            if (Lexicon.Titles.TryGetValue(rest, out TitleKind kind))
            {
                definite = false;
                return kind;
            }

            if (rest.Length > 3 && rest.StartsWith("ال", StringComparison.Ordinal) && Lexicon.Titles.TryGetValue(rest[2..], out kind))
            {
                definite = true;
                return kind;
            }

            if (p == 1 && folded[0] == 'ل' && rest.Length > 2 && rest[0] == 'ل' && Lexicon.Titles.TryGetValue(rest[1..], out kind))
            {
                definite = true;
                return kind;
            }
        }

        definite = false;
        return TitleKind.None;
    }

    public bool IsTitle(string folded) => TitleOf(folded, out _) != TitleKind.None;

    public bool IsOrganizationHead(string folded) => AnyStem(folded, Lexicon.OrganizationHeads);

    public bool IsTemporal(string folded) => AnyStem(folded, Lexicon.TemporalWords);

    public bool IsDemonym(string folded) => AnyStem(folded, Lexicon.Demonyms);

    public bool IsFunctionWord(string folded) => Lexicon.FunctionWords.ContainsKey(folded);

    public bool IsLinkWord(string folded) => Lexicon.FunctionWords.TryGetValue(folded, out bool link) && link;

    /// <summary>A definite word that reads as an adjective (الأمريكية، الكويتي): it qualifies a title, it is not a name.</summary>
    public bool IsAdjectiveLike(string folded) =>
        ArabicClitics.IsDefinite(folded) && (folded.EndsWith("يه", StringComparison.Ordinal) || IsDemonym(folded));

    /// <summary>
    /// A word that can open a name: not a function, time or title word, not definite, not an organization head,
    /// not a place, and not و glued to any of those.
    /// </summary>
    public bool CanOpenName(SurfaceToken token)
    {
        if (!token.IsWord || token.Folded.Length < 2 || char.IsDigit(token.Folded[0]))
        {
            return false;
        }

        string folded = token.Folded;
        if (char.IsAsciiLetter(folded[0]))
        {
            return token.IsCapitalized && !IsFunctionWord(folded) && !IsTemporal(folded);
        }

        return !IsFunctionWord(folded) && !IsTemporal(folded) && !IsTitle(folded) && !IsOrganizationHead(folded)
            && !ArabicClitics.IsDefinite(folded) && !Lexicon.Gazetteer.StartsAnEntry(folded)
            && !(ArabicClitics.StartsWithConjunction(folded) && IsKnownAfterConjunction(folded[1..]));
    }

    /// <summary>A word that can continue a name: an opener, a particle, or a definite family name (الصباح).</summary>
    public bool CanContinueName(SurfaceToken token)
    {
        if (!token.IsWord)
        {
            return false;
        }

        string folded = token.Folded;
        if (s_nameParticles.Contains(folded) || CanOpenName(token))
        {
            return true;
        }

        return folded.StartsWith("ال", StringComparison.Ordinal) && folded.Length >= 4 && !IsAdjectiveLike(folded)
            && !IsTitle(folded) && !IsTemporal(folded) && !IsFunctionWord(folded) && !Lexicon.Gazetteer.StartsAnEntry(folded);
    }

    private bool IsKnownAfterConjunction(string rest) =>
        IsTitle(rest) || IsOrganizationHead(rest) || ArabicClitics.IsDefinite(rest) || IsFunctionWord(rest)
        || IsTemporal(rest) || Lexicon.Gazetteer.StartsAnEntry(rest);

    private static bool AnyStem(string folded, FrozenSet<string> set)
    {
        foreach (int p in ArabicClitics.PrefixLengths(folded))
        {
            if (set.Contains(p == 0 ? folded : folded[p..]))
            {
                return true;
            }
        }

        return false;
    }
}
