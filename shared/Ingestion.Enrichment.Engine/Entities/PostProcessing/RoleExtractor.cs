using Ingestion.Enrichment.Engine.Text;

namespace Ingestion.Enrichment.Engine.Entities.PostProcessing;

// Reads a person's role from the title phrase before the name: walks back over the phrase while its words fit a
// title (offices, definite complements, لدى/في, places, organization heads), skips the honorifics right before
// the name (الشيخ الدكتور، السفير), and keeps the first of coordinated roles ("وزير الخارجية الكويتي ووزير
// الدولة ..." → "وزير الخارجية الكويتي").
internal sealed class RoleExtractor(WordClassifier words)
{
    private const int MaxPhraseTokens = 18;

    public string? RoleBefore(string text, SurfaceToken[] tokens, int nameToken)
    {
        int j = nameToken - 1;
        int lastOfficeHonorific = -1;
        while (j >= 0 && tokens[j].IsWord && words.TitleOf(tokens[j].Folded, out bool definite) is var kind && kind != TitleKind.None
            && (definite || kind == TitleKind.Honorific))
        {
            if (kind == TitleKind.Office && lastOfficeHonorific < 0)
            {
                lastOfficeHonorific = j;
            }

            j--;
        }

        int phraseEnd = j + 1;
        int leftmostOffice = -1;
        int limit = Math.Max(0, nameToken - MaxPhraseTokens);
        while (j >= limit && tokens[j].IsWord && FitsTitlePhrase(tokens, j))
        {
            if (words.TitleOf(tokens[j].Folded, out _) == TitleKind.Office)
            {
                leftmostOffice = j;
            }

            j--;
        }

        if (leftmostOffice < 0)
        {
            return lastOfficeHonorific >= 0 ? Slice(text, tokens, lastOfficeHonorific, lastOfficeHonorific + 1) : null;
        }

        // A second title glued to و starts a coordinated role; the person's role is the first.
        int end = phraseEnd;
        for (int k = leftmostOffice + 1; k < phraseEnd; k++)
        {
            string folded = tokens[k].Folded;
            if (folded[0] == 'و' && !words.Lexicon.Titles.ContainsKey(folded) && words.IsTitle(folded))
            {
                end = k;
                break;
            }

            // A bare office right after a complement starts a stacked role: "وزير الشؤون البلدية رئيس اللجنة ...".
            string previous = tokens[k - 1].Folded;
            if (words.Lexicon.Titles.TryGetValue(folded, out TitleKind kind) && kind == TitleKind.Office
                && words.IsDefinite(previous) && !words.IsTitle(previous))
            {
                end = k;
                break;
            }
        }

        return Slice(text, tokens, leftmostOffice, end);
    }

    private bool FitsTitlePhrase(SurfaceToken[] tokens, int j)
    {
        string folded = tokens[j].Folded;
        if (words.IsTitle(folded) || words.IsDefinite(folded) || words.IsLinkWord(folded) || words.IsOrganizationHead(folded)
            || words.MatchGazetteer(tokens, j) is not null)
        {
            return !words.IsTemporal(folded);
        }

        if (folded.Length > 3 && folded[0] is 'ل' or 'ب' && folded[1..] is "شؤون" or "شوون" or "شئون")
        {
            return true;
        }

        // A construct noun (خارجية، مكافحة) sits right after a title or an organization head.
        return j > 0 && tokens[j - 1].IsWord && !words.IsFunctionWord(folded)
            && (words.IsTitle(tokens[j - 1].Folded) || words.IsOrganizationHead(tokens[j - 1].Folded));
    }

    // The role starts after the clitic of its first word: "ونائب مساعد ..." → "نائب مساعد ...".
    private string Slice(string text, SurfaceToken[] tokens, int first, int end)
    {
        SurfaceToken head = tokens[first];
        int clitic = 0;
        if (!words.Lexicon.Titles.ContainsKey(head.Folded) && !(head.Folded.StartsWith("ال", StringComparison.Ordinal) && words.Lexicon.Titles.ContainsKey(head.Folded[2..])))
        {
            clitic = head.Folded[0] is 'و' or 'ف' or 'ل' or 'ب' ? 1 : 0;
            if (clitic == 1 && head.Folded.Length > 2 && head.Folded[1] is 'ل' or 'ب' && !head.Folded[1..].StartsWith("ال", StringComparison.Ordinal))
            {
                clitic = 2;
            }
        }

        int start = head.OffsetAfter(text, clitic);
        return text[start..tokens[end - 1].End];
    }
}
