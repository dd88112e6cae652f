using System.Collections.Frozen;
using Ingestion.Contracts;
using Ingestion.Enrichment.Engine.Text;

namespace Ingestion.Enrichment.Engine.Entities.PostProcessing;

// English newswire conventions the English model, trained on GUM and Wikigold, does not know: an organisation's
// name does not take "The"; dotted acronyms of fixed organisations ("U.N.") and acronyms defined in brackets after
// a name ("Organization of African Unity (OAU)") are organisations; an embassy or a ministry is an organisation,
// not a place; the name after "a spokesman for" or "shares of" is an organisation; and in a sports story a town
// that beats, draws with or scores against another is its club ("Leicester beat Chelsea 2-1"). A country stays a
// place there: newswire's convention tags national sides by their country as places.
internal sealed class EnglishOrganizationRules(WordClassifier words)
{
    private const double RuleConfidence = 0.7;

    private static readonly Lazy<FrozenSet<string>> s_countries = new(LoadCountries, LazyThreadSafetyMode.ExecutionAndPublication);

    // The last word of a name that makes it a body rather than a place ("U.S. Embassy", "Foreign Ministry").
    private static readonly FrozenSet<string> s_institutionHeads = FrozenSet.ToFrozenSet(
        ["embassy", "embassies", "ministry", "party", "council", "committee", "commission", "agency", "department", "federation", "association", "league", "police", "army", "navy"],
        StringComparer.Ordinal);

    // Words before a name that say it is an organisation ("a spokesman for Kyle", "shares of Kyle").
    private static readonly FrozenSet<string> s_organizationCuesBefore = FrozenSet.ToFrozenSet(["spokesman", "spokeswoman", "spokesperson", "shares", "stake", "subsidiary"], StringComparer.Ordinal);

    // Words of a sports story.
    private static readonly FrozenSet<string> s_sportsWords = FrozenSet.ToFrozenSet(
        ["soccer", "football", "rugby", "cricket", "basketball", "baseball", "hockey", "tennis", "league", "cup", "match", "matches",
         "goal", "goals", "scored", "striker", "midfielder", "defender", "goalkeeper", "coach", "championship", "tournament",
         "division", "innings", "wickets", "halftime", "penalty", "fixtures", "standings", "playoff", "playoffs", "seeded"],
        StringComparer.Ordinal);

    // Words next to a side in a result ("Leicester beat Chelsea", "drew with Chelsea", "against Chelsea").
    private static readonly FrozenSet<string> s_resultWords = FrozenSet.ToFrozenSet(
        ["beat", "beats", "beaten", "defeated", "drew", "draw", "against", "vs", "v", "versus", "edged", "routed", "thrashed", "hammered", "overcame", "trailed", "visiting", "hosts"],
        StringComparer.Ordinal);

    public void Apply(string text, TokenIndex index, CandidateSet candidates)
    {
        SurfaceToken[] tokens = index.Tokens;
        foreach (EntityCandidate candidate in candidates.Items)
        {
            TrimLeadingArticle(index, candidate);
            if (candidate.Type == EntityTypes.Location && EndsWithInstitution(index, candidate))
            {
                candidate.Type = EntityTypes.Organization;
            }
        }

        TagDottedAcronyms(tokens, candidates);
        TagBracketAcronyms(text, index, candidates);
        RetypeAfterOrganizationCues(index, candidates);
        if (IsSportsStory(tokens))
        {
            RetypeSportsClubs(text, index, candidates);
        }
    }

    // "The Organization of African Unity" → "Organization of African Unity"; "The Hague" is a place and keeps it.
    private static void TrimLeadingArticle(TokenIndex index, EntityCandidate candidate)
    {
        if (candidate.Type == EntityTypes.Location)
        {
            return;
        }

        (int first, int last) = index.Range(candidate.Start, candidate.End);
        if (last - first >= 2 && index.Tokens[first].Folded == "the" && index.Tokens[first + 1].IsWord && index.Tokens[first + 1].IsCapitalized)
        {
            candidate.Start = index.Tokens[first + 1].Start;
        }
    }

    private static bool EndsWithInstitution(TokenIndex index, EntityCandidate candidate)
    {
        (int first, int last) = index.Range(candidate.Start, candidate.End);
        return last - first >= 2 && index.Tokens[last - 1].IsWord && s_institutionHeads.Contains(index.Tokens[last - 1].Folded);
    }

    // "U.N.", "E.U.": single capitals joined by full stops whose letters spell an organisation of the gazetteer.
    private void TagDottedAcronyms(SurfaceToken[] tokens, CandidateSet candidates)
    {
        for (int i = 0; i + 3 < tokens.Length; i++)
        {
            if (tokens[i].End - tokens[i].Start != 1 || tokens[i + 1].Folded != ".")
            {
                continue;
            }

            int k = i;
            var letters = new System.Text.StringBuilder();
            while (k + 1 < tokens.Length && tokens[k].IsWord && tokens[k].IsCapitalized && tokens[k].End - tokens[k].Start == 1
                && tokens[k + 1].Folded == "." && tokens[k + 1].Start == tokens[k].End && (letters.Length == 0 || tokens[k].Start == tokens[k - 1].End))
            {
                letters.Append(tokens[k].Folded);
                k += 2;
            }

            if (letters.Length < 2)
            {
                continue;
            }

            SurfaceToken acronym = new(0, 0, letters.ToString(), IsWord: true);
            if (words.Lexicon.Gazetteer.Match([acronym], 0, allowClitics: false) is { Type: EntityTypes.Organization })
            {
                int start = tokens[i].Start;
                int end = tokens[k - 1].End;
                // Up to the last letter, as the mention cleaner leaves a model's "U.S" (its last stop is punctuation).
                candidates.AddRule(new EntityCandidate(tokens[i].Start, tokens[k - 2].End, EntityTypes.Organization, RuleConfidence, fromRule: true));
            }

            i = k - 1;
        }
    }

    // "the Organization of African Unity (OAU)": the capitals in brackets right after a mention whose initials they
    // start with name the same thing.
    private static void TagBracketAcronyms(string text, TokenIndex index, CandidateSet candidates)
    {
        SurfaceToken[] tokens = index.Tokens;
        foreach (EntityCandidate candidate in candidates.Items.ToList())
        {
            (int first, int last) = index.Range(candidate.Start, candidate.End);
            if (last + 2 >= tokens.Length || tokens[last].Folded != "(" || tokens[last + 2].Folded != ")" || !tokens[last + 1].IsWord)
            {
                continue;
            }

            SurfaceToken acronym = tokens[last + 1];
            string surface = text[acronym.Start..acronym.End];
            if (surface.Length is < 2 or > 8 || !surface.All(char.IsAsciiLetterUpper) || char.ToLowerInvariant(surface[0]) != tokens[first].Folded[0] || last - first < 2)
            {
                continue;
            }

            candidates.AddRule(new EntityCandidate(acronym.Start, acronym.End, candidate.Type, RuleConfidence, fromRule: true));
        }
    }

    // "a spokesman for Kyle", "shares of Kyle": a mention of one to three words that is not a place of the gazetteer.
    private void RetypeAfterOrganizationCues(TokenIndex index, CandidateSet candidates)
    {
        SurfaceToken[] tokens = index.Tokens;
        foreach (EntityCandidate candidate in candidates.Items)
        {
            (int first, int last) = index.Range(candidate.Start, candidate.End);
            if (candidate.Type == EntityTypes.Organization || first < 2 || last - first > 3
                || tokens[first - 1].Folded is not ("for" or "of") || !s_organizationCuesBefore.Contains(tokens[first - 2].Folded)
                || IsPlace(tokens, first, last))
            {
                continue;
            }

            candidate.Type = EntityTypes.Organization;
        }
    }

    private bool IsPlace(SurfaceToken[] tokens, int first, int last) =>
        words.MatchGazetteer(tokens, first, allowClitics: false) is { } match && match.EndToken == last && match.Type == EntityTypes.Location;

    // Three different sports words: one or two ("match", "goals", "division") turn up in any business story.
    private static bool IsSportsStory(SurfaceToken[] tokens)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (SurfaceToken token in tokens)
        {
            if (token.IsWord && s_sportsWords.Contains(token.Folded) && seen.Add(token.Folded) && seen.Count >= 3)
            {
                return true;
            }
        }

        return false;
    }

    // In a sports story, the sides of a result line ("Leicester 2 Chelsea 1") are clubs whatever the model said, and
    // so are their other mentions in the story; the team of a standings row ("Ajax 10 8 1 1 25") and a place that is
    // no country next to a score or a result word ("beat Chelsea") are clubs unless the model read a person there
    // (a golfer's row of scores looks the same), and so are that place's other mentions.
    private static void RetypeSportsClubs(string text, TokenIndex index, CandidateSet candidates)
    {
        SurfaceToken[] tokens = index.Tokens;
        var sides = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var clubs = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach ((int first, int last) in ResultLineSides(tokens))
        {
            AddClub(text, tokens, first, last, candidates, sides, overPersons: true);
        }

        foreach ((int first, int last) in StandingsRowTeams(tokens))
        {
            AddClub(text, tokens, first, last, candidates, clubs, overPersons: false);
        }

        foreach (EntityCandidate candidate in candidates.Items)
        {
            (int first, int last) = index.Range(candidate.Start, candidate.End);
            string name = text[candidate.Start..candidate.End];
            if (candidate.Type == EntityTypes.Location && !IsCountry(name) && IsResultSide(tokens, first, last))
            {
                clubs.Add(name);
            }
        }

        foreach (EntityCandidate candidate in candidates.Items)
        {
            string name = text[candidate.Start..candidate.End];
            if ((candidate.Type == EntityTypes.Location && clubs.Contains(name)) || (candidate.Type != EntityTypes.Organization && sides.Contains(name)))
            {
                candidate.Type = EntityTypes.Organization;
            }
        }
    }

    private static void AddClub(string text, SurfaceToken[] tokens, int first, int last, CandidateSet candidates, HashSet<string> clubs, bool overPersons)
    {
        int start = tokens[first].Start;
        int end = tokens[last - 1].End;
        string name = text[start..end];
        if (IsCountry(name) || (!overPersons && candidates.Items.Any(c => c.Overlaps(start, end) && c.Type == EntityTypes.Person)))
        {
            return;
        }

        // A model's mention that runs on past the side ("Utrecht 3") is cut back to it.
        if (candidates.Items.FirstOrDefault(c => c.Contains(start, end) && (c.Start != start || c.End != end)) is { } longer)
        {
            longer.Start = start;
            longer.End = end;
            longer.Type = EntityTypes.Organization;
        }
        else
        {
            candidates.AddRule(new EntityCandidate(start, end, EntityTypes.Organization, RuleConfidence, fromRule: true));
        }

        clubs.Add(name);
    }

    // A line that opens with a run of capitalised words followed by four scores or more: a table's team and its
    // played, won, drawn, lost... columns.
    private static IEnumerable<(int First, int Last)> StandingsRowTeams(SurfaceToken[] tokens)
    {
        for (int i = 0; i < tokens.Length; i++)
        {
            if (i > 0 && tokens[i - 1].Folded != "\n")
            {
                continue;
            }

            int end = CapitalisedRunEnd(tokens, i);
            int scores = 0;
            while (end > i && IsScore(tokens, end + scores))
            {
                scores++;
            }

            if (scores >= 4)
            {
                yield return (i, end);
            }
        }
    }

    private static bool IsCountry(string name) => s_countries.Value.Contains(name.ToLowerInvariant());

    // "Leicester 2 Chelsea 1", "Bayern Munich 3 Hamburg 0": a run of capitalised words, a score, another run and a
    // score, with nothing in between.
    private static IEnumerable<(int First, int Last)> ResultLineSides(SurfaceToken[] tokens)
    {
        int i = 0;
        while (i < tokens.Length)
        {
            int homeEnd = CapitalisedRunEnd(tokens, i);
            if (homeEnd > i && IsScore(tokens, homeEnd))
            {
                int away = AfterScorers(tokens, homeEnd + 1);
                int awayEnd = CapitalisedRunEnd(tokens, away);
                if (awayEnd > away && IsScore(tokens, awayEnd))
                {
                    yield return (i, homeEnd);
                    yield return (away, awayEnd);
                    i = awayEnd + 1;
                    continue;
                }
            }

            i = Math.Max(i + 1, homeEnd);
        }
    }

    // "Bayern Munich 3 (Scholl 12, Klinsmann 40) Hamburg 1": the home side's scorers in brackets, on the same line,
    // come before the away side.
    private static int AfterScorers(SurfaceToken[] tokens, int i)
    {
        if (i >= tokens.Length || tokens[i].Folded != "(")
        {
            return i;
        }

        for (int k = i + 1; k < tokens.Length && k < i + 40 && tokens[k].Folded != "\n"; k++)
        {
            if (tokens[k].Folded == ")")
            {
                return k + 1;
            }
        }

        return i;
    }

    // The end of the run of up to four capitalised words starting at i (i itself when there is none).
    private static int CapitalisedRunEnd(SurfaceToken[] tokens, int i)
    {
        int k = i;
        while (k < tokens.Length && k - i < 4 && tokens[k].IsWord && tokens[k].IsCapitalized)
        {
            k++;
        }

        return k;
    }

    private static bool IsScore(SurfaceToken[] tokens, int k) =>
        k < tokens.Length && tokens[k].IsWord && tokens[k].Folded.Length <= 2 && tokens[k].Folded.All(char.IsAsciiDigit);

    // A score right after the name ("Leicester 2", a table row), or a result word just before or after it ("drew with
    // Chelsea", "lost to Chelsea").
    private static bool IsResultSide(SurfaceToken[] tokens, int first, int last) =>
        IsScore(tokens, last)
            || (last < tokens.Length && tokens[last].IsWord && s_resultWords.Contains(tokens[last].Folded))
            || (first > 0 && tokens[first - 1].IsWord && s_resultWords.Contains(tokens[first - 1].Folded))
            || (first > 1 && tokens[first - 1].Folded is "with" or "to" && tokens[first - 2].Folded is "drew" or "draw" or "lost" or "losing");

    private static FrozenSet<string> LoadCountries()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (string[] row in EmbeddedLexicon.Rows("Lexicons/countries/countries_ar_en.tsv").Skip(1))
        {
            // common_en, official_en
            foreach (string name in row.Skip(2).Take(2))
            {
                names.Add(name.Trim().ToLowerInvariant());
            }
        }

        foreach ((string _, string? name) in EmbeddedLexicon.Territories("en"))
        {
            if (name is not null)
            {
                names.Add(name.ToLowerInvariant());
            }
        }

        // The home nations field their own sides, which newswire tags as places like any country's.
        names.UnionWith(["england", "scotland", "wales", "northern ireland"]);
        return names.ToFrozenSet(StringComparer.Ordinal);
    }
}
