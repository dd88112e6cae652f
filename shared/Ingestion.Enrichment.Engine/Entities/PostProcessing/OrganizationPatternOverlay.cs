using Ingestion.Contracts;
using Ingestion.Enrichment.Engine.Text;

namespace Ingestion.Enrichment.Engine.Entities.PostProcessing;

// Tags organizations built on a head noun and definite complements: وزارة الخارجية الأمريكية، وكالة الأنباء
// الكويتية، وكالة أنباء الشرق الأوسط، مجلس الوزراء، جامعة الكويت. The head's clitic stays outside (لوكالة → وكالة).
internal sealed class OrganizationPatternOverlay(WordClassifier words)
{
    private const double RuleConfidence = 0.7;
    private const int MaxComplements = 3;

    public void Apply(string text, SurfaceToken[] tokens, CandidateSet candidates)
    {
        for (int i = 0; i < tokens.Length; i++)
        {
            if (!tokens[i].IsWord || !words.IsOrganizationHead(tokens[i].Folded))
            {
                continue;
            }

            int end = TakeComplements(tokens, i + 1);
            bool national = end > i + 1 && IsGovernmentHead(tokens[i].Folded) && IsNational(tokens[end - 1].Folded);
            bool place = !national && end > i + 1 && words.MatchGazetteer(tokens, end - 1, allowClitics: false) is not null;
            if (!national && !place)
            {
                // A body no nationality or place pins down (مجلس الإدارة، وزارة الدفاع، شركة السيارات) is a description
                // newswire does not tag; the model keeps the named ones.
                continue;
            }

            int clitic = words.Lexicon.OrganizationHeads.Contains(tokens[i].Folded) ? 0 : HeadCliticLength(tokens[i].Folded);
            int start = tokens[i].OffsetAfter(text, clitic);
            // بورصة لندن: a place the model found stays a place unless the body is national.
            var candidate = new EntityCandidate(start, tokens[end - 1].End, EntityTypes.Organization, RuleConfidence, fromRule: true);
            if (national)
            {
                candidates.AddRule(candidate);
            }
            else
            {
                candidates.AddRule(candidate, overrideModel: false);
            }

            i = end - 1;
        }
    }

    private int TakeComplements(SurfaceToken[] tokens, int j)
    {
        int taken = 0;
        while (j < tokens.Length && taken < MaxComplements && tokens[j].IsWord)
        {
            string folded = tokens[j].Folded;
            if (words.MatchGazetteer(tokens, j, allowClitics: false) is { } place)
            {
                return place.EndToken;
            }

            // "أنباء" in وكالة أنباء الشرق الأوسط: an indefinite noun in construct, first after the head only.
            bool construct = taken == 0 && !words.IsDefinite(folded) && j + 1 < tokens.Length && tokens[j + 1].IsWord
                && words.IsDefinite(tokens[j + 1].Folded) && folded is "انباء" or "شوون" or "شؤون" or "الدول";
            // After the first complement only adjectives follow (وزارة الخارجية الأمريكية), not another noun
            // (وزارة الصحة التباينات).
            bool complement = folded.StartsWith("ال", StringComparison.Ordinal) && folded.Length >= 4 && !words.IsTitle(folded)
                && !words.IsTemporal(folded) && !words.IsFunctionWord(folded)
                && (taken == 0 || words.IsAdjectiveLike(folded) || folded[^1] == 'ي' || (taken == 1 && IsConstructFirst(tokens, j)));
            if (!construct && !complement)
            {
                break;
            }

            taken++;
            j++;
        }

        return j;
    }

    // A ministry or agency of a named country is one body (وزارة الخارجية الأمريكية); a party or a company with a
    // nationality (حزب الأمة العراقية، شركة السيارات الصينية) is a description, and حزب الله اللبناني keeps its name.
    private static bool IsGovernmentHead(string folded) =>
        folded.EndsWith("وزاره", StringComparison.Ordinal) || folded.EndsWith("وكاله", StringComparison.Ordinal);

    // الأمريكية، الكويتي: a nationality adjective, masculine or feminine.
    private bool IsNational(string folded) =>
        words.IsDemonym(folded) || (folded.EndsWith("يه", StringComparison.Ordinal) && words.IsDemonym(folded[..^1]));

    // جامعة الدول العربية: the first complement was itself in construct with the second.
    private static bool IsConstructFirst(SurfaceToken[] tokens, int j) => tokens[j - 1].Folded is "الدول" or "انباء";

    private int HeadCliticLength(string folded)
    {
        Span<int> prefixes = stackalloc int[ArabicClitics.MaxPrefixes];
        foreach (int p in prefixes[..ArabicClitics.PrefixLengths(folded, prefixes)])
        {
            if (p > 0 && words.Lexicon.OrganizationHeads.Contains(folded[p..]))
            {
                return p;
            }
        }

        return 0;
    }
}
