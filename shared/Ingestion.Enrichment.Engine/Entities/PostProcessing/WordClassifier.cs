using System.Collections.Frozen;
using Ingestion.Enrichment.Engine.Text;

namespace Ingestion.Enrichment.Engine.Entities.PostProcessing;

// What a word can be around a name: title, organization head, function word, time word, nationality adjective,
// a possible name. Every test looks through the clitics (ووزير، لمساعد، بوزارة، والنائب). One per article: the
// article's context that every rule stage is given.
internal sealed class WordClassifier(PostProcessingLexicon lexicon, int articleWords)
{
    // Kept inside a person's name: عبد الله، بن سلمان، أبو مازن، آل ثاني.
    private static readonly FrozenSet<string> s_nameParticles = FrozenSet.ToFrozenSet(["عبد", "بن", "ابن", "بنت", "ابو", "ابي", "ال", "ام"], StringComparer.Ordinal);

    public PostProcessingLexicon Lexicon { get; } = lexicon;

    // The rules ask the same questions about a word many times; the answers hold for this article's words only
    // because one classifier serves one article. Sized for the article's distinct words.
    private readonly Dictionary<string, WordFacts> _facts = new(articleWords, StringComparer.Ordinal);

    public WordFacts FactsOf(string folded)
    {
        if (!_facts.TryGetValue(folded, out WordFacts facts))
        {
            facts = Compute(folded);
            _facts[folded] = facts;
        }

        return facts;
    }

    // The title kind of a word, and whether it carried ال (الوزير) rather than standing in construct (وزير).
    public TitleKind TitleOf(string folded, out bool definite)
    {
        WordFacts facts = FactsOf(folded);
        definite = facts.TitleDefinite;
        return facts.Title;
    }

    public bool IsTitle(string folded) => FactsOf(folded).Title != TitleKind.None;

    public bool IsOrganizationHead(string folded) => FactsOf(folded).OrganizationHead;

    public bool IsTemporal(string folded) => FactsOf(folded).Temporal;

    public bool IsDemonym(string folded) => FactsOf(folded).Demonym;

    public bool IsFunctionWord(string folded) => FactsOf(folded).Function;

    public bool IsLinkWord(string folded) => FactsOf(folded).Link;

    public bool IsDefinite(string folded) => FactsOf(folded).Definite;

    public bool StartsGazetteer(string folded) => FactsOf(folded).StartsGazetteer;

    public bool IsCommonWord(string folded) => FactsOf(folded).Common;

    // The gazetteer phrase at token index, through the per-article word cache: most words start no entry at all.
    public PhraseMatch? MatchGazetteer(SurfaceToken[] tokens, int index, bool allowClitics = true) =>
        tokens[index].IsWord && FactsOf(tokens[index].Folded).MayStartGazetteerMatch ? Lexicon.Gazetteer.Match(tokens, index, allowClitics) : null;

    // A definite word that reads as an adjective (الأمريكية، الكويتي): it qualifies a title, it is not a name.
    public bool IsAdjectiveLike(string folded) =>
        IsDefinite(folded) && (folded.EndsWith("يه", StringComparison.Ordinal) || IsDemonym(folded));

    // A word that can open a name: not a function, time or title word, not definite, not an organization head,
    // not a place, and not و glued to any of those.
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

        WordFacts facts = FactsOf(folded);
        return !facts.Function && !facts.Temporal && facts.Title == TitleKind.None && !facts.OrganizationHead
            && !facts.Definite && !facts.StartsGazetteer && !facts.ConjunctionBeforeKnown;
    }

    public static bool IsNameParticle(string folded) => s_nameParticles.Contains(folded);

    // A word that can continue a name: an opener, a particle, or a definite family name (الصباح).
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

        WordFacts facts = FactsOf(folded);
        return folded.StartsWith("ال", StringComparison.Ordinal) && folded.Length >= 4 && !IsAdjectiveLike(folded)
            && facts.Title == TitleKind.None && !facts.Temporal && !facts.Function && !facts.StartsGazetteer;
    }

    private WordFacts Compute(string folded)
    {
        TitleKind title = ComputeTitle(folded, out bool titleDefinite);
        bool function = Lexicon.FunctionWords.TryGetValue(folded, out bool link);
        bool conjunctionBeforeKnown = false;
        if (ArabicClitics.StartsWithConjunction(folded))
        {
            string rest = folded[1..];
            conjunctionBeforeKnown = ComputeTitle(rest, out _) != TitleKind.None || AnyStem(rest, Lexicon.OrganizationHeads)
                || ArabicClitics.IsDefinite(rest) || Lexicon.FunctionWords.ContainsKey(rest) || AnyStem(rest, Lexicon.TemporalWords)
                || Lexicon.Gazetteer.StartsAnEntry(rest);
        }

        return new WordFacts(
            title,
            titleDefinite,
            AnyStem(folded, Lexicon.OrganizationHeads),
            AnyStem(folded, Lexicon.TemporalWords),
            AnyStem(folded, Lexicon.Demonyms),
            function,
            function && link,
            ArabicClitics.IsDefinite(folded),
            Lexicon.Gazetteer.StartsAnEntry(folded),
            Lexicon.Gazetteer.MayStartMatch(folded),
            conjunctionBeforeKnown,
            Lexicon.CommonWords.Contains(folded));
    }

    private TitleKind ComputeTitle(string folded, out bool definite)
    {
        FrozenDictionary<string, TitleKind>.AlternateLookup<ReadOnlySpan<char>> titles = Lexicon.Titles.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<int> prefixes = stackalloc int[ArabicClitics.MaxPrefixes];
        foreach (int p in prefixes[..ArabicClitics.PrefixLengths(folded, prefixes)])
        {
            ReadOnlySpan<char> rest = folded.AsSpan(p);
            if (titles.TryGetValue(rest, out TitleKind kind))
            {
                definite = false;
                return kind;
            }

            if (rest.Length > 3 && rest.StartsWith("ال", StringComparison.Ordinal) && titles.TryGetValue(rest[2..], out kind))
            {
                definite = true;
                return kind;
            }

            if (p == 1 && folded[0] == 'ل' && rest.Length > 2 && rest[0] == 'ل' && titles.TryGetValue(rest[1..], out kind))
            {
                definite = true;
                return kind;
            }
        }

        definite = false;
        return TitleKind.None;
    }

    private static bool AnyStem(string folded, FrozenSet<string> set)
    {
        FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<int> prefixes = stackalloc int[ArabicClitics.MaxPrefixes];
        foreach (int p in prefixes[..ArabicClitics.PrefixLengths(folded, prefixes)])
        {
            if (lookup.Contains(folded.AsSpan(p)))
            {
                return true;
            }
        }

        return false;
    }
}
