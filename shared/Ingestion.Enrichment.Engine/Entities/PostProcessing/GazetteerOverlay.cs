using Ingestion.Contracts;
using Ingestion.Enrichment.Engine.Text;

namespace Ingestion.Enrichment.Engine.Entities.PostProcessing;

// Tags the places and fixed organizations of the gazetteer (countries, capitals, regions; الأمم المتحدة),
// clitics excluded from the span (والكويت → الكويت). On the same span as a model mention, the gazetteer's type wins.
internal sealed class GazetteerOverlay(WordClassifier words)
{
    private const double RuleConfidence = 0.8;

    public void Apply(string text, SurfaceToken[] tokens, CandidateSet candidates, bool english)
    {
        for (int i = 0; i < tokens.Length; i++)
        {
            if (!tokens[i].IsWord || (english && !tokens[i].IsCapitalized) || (!english && char.IsAsciiLetter(tokens[i].Folded[0])))
            {
                continue;
            }

            if (words.MatchGazetteer(tokens, i, allowClitics: !english) is not { } match)
            {
                continue;
            }

            int start = tokens[i].OffsetAfter(text, match.CliticLength);
            candidates.AddRule(new EntityCandidate(start, tokens[match.EndToken - 1].End, match.Type, RuleConfidence, fromRule: true));
            i = match.EndToken - 1;
        }
    }
}
