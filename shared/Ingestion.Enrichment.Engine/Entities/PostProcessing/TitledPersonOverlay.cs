using Ingestion.Contracts;

namespace Ingestion.Enrichment.Engine.Entities.PostProcessing;

/// <summary>
/// Finds the person a title phrase introduces, where a statistical model often misses unfamiliar (transliterated)
/// names: "وزير خارجية الولايات المتحدة الأمريكية آنثوني بلينكن", "السفير نايثن سايلز",
/// "السفيرة الأمريكية لدى الكويت الينا رومانوسكي". Walks the title phrase forward and takes the name run after it.
/// </summary>
internal sealed class TitledPersonOverlay(WordClassifier words)
{
    private const double RuleConfidence = 0.6;
    private const int MaxPhraseTokens = 16;
    private const int MaxNameTokens = 4;

    public void Apply(string text, SurfaceToken[] tokens, CandidateSet candidates)
    {
        for (int i = 0; i < tokens.Length; i++)
        {
            if (!tokens[i].IsWord || !words.IsTitle(tokens[i].Folded))
            {
                continue;
            }

            int nameStart = FindNameStart(tokens, i);
            if (nameStart < 0)
            {
                continue;
            }

            // A one-word run after a title is as often a verb or a noun (أكد الرئيس أهمية ...) as a name.
            int nameEnd = TakeName(tokens, nameStart);
            if (nameEnd - nameStart >= 2)
            {
                candidates.AddRule(new EntityCandidate(tokens[nameStart].Start, tokens[nameEnd - 1].End, EntityTypes.Person, RuleConfidence, fromRule: true), overrideModel: false);
                i = nameEnd - 1;
            }
        }
    }

    /// <summary>The token where the name after the title phrase opening at <paramref name="title"/> starts, or -1.</summary>
    public int FindNameStart(SurfaceToken[] tokens, int title)
    {
        // What the previous token was decides what may follow: a construct title (وزير) takes a complement,
        // a place closes a complement so that a definite-looking name (الينا) can follow it.
        Previous previous = Previous.None;
        int limit = Math.Min(tokens.Length, title + MaxPhraseTokens);
        for (int j = title; j < limit; j++)
        {
            SurfaceToken token = tokens[j];
            if (!token.IsWord)
            {
                return -1;
            }

            string folded = token.Folded;
            TitleKind kind = words.TitleOf(folded, out bool definite);
            if (kind != TitleKind.None)
            {
                bool next = j + 1 < tokens.Length;
                if ((definite || kind == TitleKind.Honorific) && next && words.CanOpenName(tokens[j + 1]))
                {
                    return j + 1;
                }

                previous = Previous.Title;
                continue;
            }

            if (j > title && words.Lexicon.Gazetteer.Match(tokens, j) is { } place && place.Type == EntityTypes.Location)
            {
                j = place.EndToken - 1;
                previous = Previous.Place;
                continue;
            }

            if (words.IsOrganizationHead(folded))
            {
                previous = Previous.Title;
            }
            else if (words.IsLinkWord(folded))
            {
                previous = Previous.Link;
            }
            else if (words.IsDefinite(folded))
            {
                if (previous == Previous.Place && !words.IsAdjectiveLike(folded) && words.CanContinueName(token)
                    && j + 1 < tokens.Length && words.CanContinueName(tokens[j + 1]))
                {
                    return j;
                }

                if (words.IsTemporal(folded))
                {
                    return -1;
                }

                previous = Previous.Complement;
            }
            else if (previous is Previous.Title or Previous.Construct && IsConstructNoun(tokens, j))
            {
                previous = Previous.Construct;
            }
            else if (IsLinkPrefixed(folded))
            {
                previous = Previous.Title;
            }
            else
            {
                return previous != Previous.None && previous != Previous.Link && words.CanOpenName(token) ? j : -1;
            }
        }

        return -1;
    }

    /// <summary>The end (exclusive) of the name run opening at <paramref name="start"/>.</summary>
    public int TakeName(SurfaceToken[] tokens, int start)
    {
        if (!words.CanOpenName(tokens[start]) && !words.CanContinueName(tokens[start]))
        {
            return start;
        }

        int end = start + 1;
        while (end < tokens.Length && end - start < MaxNameTokens && words.CanContinueName(tokens[end])
            && !(ArabicClitics.StartsWithConjunction(tokens[end].Folded) && tokens[end].Folded[0] == 'و'))
        {
            end++;
        }

        return end;
    }

    // خارجية in "وزير خارجية الولايات المتحدة", مكافحة in "منسق مكافحة الإرهاب": an indefinite noun right after a
    // title, itself followed by a definite word or a place, is the title's complement, not a name.
    private bool IsConstructNoun(SurfaceToken[] tokens, int j)
    {
        if (j + 1 >= tokens.Length || !tokens[j + 1].IsWord || words.IsFunctionWord(tokens[j].Folded))
        {
            return false;
        }

        string next = tokens[j + 1].Folded;
        return (words.IsDefinite(next) && !words.IsTitle(next)) || words.Lexicon.Gazetteer.Match(tokens, j + 1) is not null;
    }

    // لشؤون، بوزارة، لمساعد: a preposition glued to a word that continues the title phrase.
    private bool IsLinkPrefixed(string folded) =>
        folded.Length > 3 && folded[0] is 'ل' or 'ب'
        && (folded[1..] is "شؤون" or "شوون" or "شئون" || words.IsOrganizationHead(folded[1..]) || words.IsTitle(folded[1..]));

    private enum Previous
    {
        None,
        Title,
        Construct,
        Complement,
        Link,
        Place,
    }
}
