using System.Collections.Frozen;
using Ingestion.Contracts;
using Ingestion.Enrichment.Engine.Text;

namespace Ingestion.Enrichment.Engine.Entities.PostProcessing;

// In an English sports story a town that beats, draws with or scores against another is its club ("Leicester beat
// Chelsea 2-1"), as is any side of a result line or team of a standings table. A country stays a place there:
// newswire's convention tags national sides by their country as places.
internal static class EnglishSportsClubs
{
    private const double RuleConfidence = 0.7;

    private static readonly Lazy<FrozenSet<string>> s_countries = new(LoadCountries, LazyThreadSafetyMode.ExecutionAndPublication);

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

    public static void Apply(string text, TokenIndex index, CandidateSet candidates)
    {
        if (IsSportsStory(index.Tokens))
        {
            RetypeSportsClubs(text, index, candidates);
        }
    }

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

    // The sides of a result line ("Leicester 2 Chelsea 1") are clubs whatever the model said, and
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
