using Ingestion.Contracts;
using Ingestion.Enrichment.Engine.Entities.Features;
using Ingestion.Enrichment.Engine.Text;

namespace Ingestion.Enrichment.Engine.Entities.PostProcessing;

// An initial and a surname ("J. Whitcombe 88", "D. Cartwright 3-45") is how wire stories name players in scoreboards
// and result tables, where the sentence around the name tells the model nothing. The surname must be no common word
// ("A. Then" ends one sentence and opens the next), no place and no nationality; "U.S. Embassy" is no initial.
internal sealed class EnglishInitialledPersons(WordClassifier words)
{
    private const double RuleConfidence = 0.6;

    public void Apply(string text, TokenIndex index, CandidateSet candidates)
    {
        SurfaceToken[] tokens = index.Tokens;
        for (int i = 0; i + 2 < tokens.Length; i++)
        {
            if (!IsInitial(text, tokens, i) || !IsSurname(text, tokens[i + 2]))
            {
                continue;
            }

            var person = new EntityCandidate(tokens[i].Start, tokens[i + 2].End, EntityTypes.Person, RuleConfidence, fromRule: true);
            candidates.AddRule(person, overrideModel: false, static c => c.FromRule || c.Type == EntityTypes.Person);
        }
    }

    // A single capital with its stop, not part of a dotted abbreviation ("U.S.", "J.P.").
    private static bool IsInitial(string text, SurfaceToken[] tokens, int i)
    {
        SurfaceToken letter = tokens[i];
        SurfaceToken stop = tokens[i + 1];
        if (!letter.IsWord || letter.End - letter.Start != 1 || !char.IsUpper(text[letter.Start]) || stop.Folded != "." || stop.Start != letter.End)
        {
            return false;
        }

        bool glued = i > 0 && tokens[i - 1].End == letter.Start;
        bool gluedAfter = tokens[i + 2].Start == stop.End;
        return !glued && !gluedAfter;
    }

    private bool IsSurname(string text, SurfaceToken word)
    {
        if (!word.IsWord || !word.IsCapitalized || word.End - word.Start < 2 || !char.IsLower(text[word.End - 1]))
        {
            return false;
        }

        return !EnglishGazetteers.Default.IsLowerCaseWord(word.Folded) && !words.StartsGazetteer(word.Folded) && !words.IsDemonym(word.Folded)
            && !words.IsTitle(word.Folded) && !words.IsTemporal(word.Folded) && !words.IsFunctionWord(word.Folded);
    }
}
