using System.Collections.Frozen;
using Ingestion.Contracts;
using Ingestion.Enrichment.Engine.Text;

namespace Ingestion.Enrichment.Engine.Entities.PostProcessing;

// English newswire conventions the English model, trained on GUM and Wikigold, does not know: an organisation's
// name does not take "The"; dotted acronyms of fixed organisations ("U.N.") and acronyms defined in brackets after
// a name ("Organization of African Unity (OAU)") are organisations; an embassy or a ministry is an organisation,
// not a place; the name after "a spokesman for" or "shares of" is an organisation; and sports clubs
// (EnglishSportsClubs).
internal sealed class EnglishOrganizationRules(WordClassifier words)
{
    private const double RuleConfidence = 0.7;

    // The last word of a name that makes it a body rather than a place ("U.S. Embassy", "Foreign Ministry").
    private static readonly FrozenSet<string> s_institutionHeads = FrozenSet.ToFrozenSet(
        ["embassy", "embassies", "ministry", "party", "council", "committee", "commission", "agency", "department", "federation", "association", "league", "police", "army", "navy"],
        StringComparer.Ordinal);

    // Words before a name that say it is an organisation ("a spokesman for Kyle", "shares of Kyle").
    private static readonly FrozenSet<string> s_organizationCuesBefore = FrozenSet.ToFrozenSet(["spokesman", "spokeswoman", "spokesperson", "shares", "stake", "subsidiary"], StringComparer.Ordinal);

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
        EnglishSportsClubs.Apply(text, index, candidates);
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
}
