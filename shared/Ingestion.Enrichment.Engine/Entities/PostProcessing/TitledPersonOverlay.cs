using Ingestion.Contracts;
using Ingestion.Enrichment.Engine.Text;

namespace Ingestion.Enrichment.Engine.Entities.PostProcessing;

// Finds the person a title phrase introduces, where a statistical model often misses unfamiliar (transliterated)
// names: "وزير خارجية الولايات المتحدة الأمريكية آنثوني بلينكن", "السفير نايثن سايلز",
// "السفيرة الأمريكية لدى الكويت الينا رومانوسكي". Walks the title phrase forward and takes the name run after it.
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

            // A one-word run after a title is as often a verb or a noun (أكد الرئيس أهمية ...) as a name. A run whose
            // first word the model read as an organization or a place (أسيك، تشلسي) is that, not a person.
            int nameEnd = TakeName(tokens, nameStart);
            if (nameEnd - nameStart >= 2 && !candidates.Items.Any(c => !c.FromRule && c.Type != EntityTypes.Person && c.Overlaps(tokens[nameStart].Start, tokens[nameStart].End)))
            {
                candidates.AddRule(
                    new EntityCandidate(tokens[nameStart].Start, tokens[nameEnd - 1].End, EntityTypes.Person, RuleConfidence, fromRule: true),
                    overrideModel: false,
                    static c => c.FromRule || c.Type == EntityTypes.Person);
                i = nameEnd - 1;
            }
        }
    }

    // The token where the name after the title phrase opening at title starts, or -1.
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
                // An office used as an honorific (الوزير، الملك) is as often followed by a verb (الوزير تضمن) as by a
                // name, unless a name particle follows (الأمير تركي بن فيصل).
                if ((definite || kind == TitleKind.Honorific) && next && words.CanOpenName(tokens[j + 1])
                    && (kind == TitleKind.Honorific || FollowedByParticle(tokens, j + 1) || !LooksLikeNoun(tokens, j + 1)))
                {
                    return j + 1;
                }

                previous = Previous.Title;
                continue;
            }

            if (j > title && words.MatchGazetteer(tokens, j) is { } place && place.Type == EntityTypes.Location)
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
                if (previous == Previous.Place && !words.IsAdjectiveLike(folded) && folded[^1] != 'ي' && words.CanContinueName(token)
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
                return previous != Previous.None && previous != Previous.Link && words.CanOpenName(token) && !LooksLikeNoun(tokens, j) ? j : -1;
            }
        }

        return -1;
    }

    // The end (exclusive) of the name run opening at start.
    public int TakeName(SurfaceToken[] tokens, int start)
    {
        if ((!words.CanOpenName(tokens[start]) && !words.CanContinueName(tokens[start])) || words.IsCommonWord(tokens[start].Folded))
        {
            return start;
        }

        int end = start + 1;
        int names = 1;
        // The first word may look definite and still be a given name (الينا رومانوسكي).
        bool familyName = false;
        while (end < tokens.Length && words.CanContinueName(tokens[end]))
        {
            string folded = tokens[end].Folded;
            bool particle = WordClassifier.IsNameParticle(folded);
            bool definite = folded.StartsWith("ال", StringComparison.Ordinal) && !particle;

            // و opens the next item of a list, ل a complement (لرويترز), ي a verb (يدشن); after a family name (المحمد الصباح)
            // only family names follow; a definite word in ة (البعثة، الفرقة) is a noun, not a family name.
            // ب after two names is a preposition (بندر بن سلطان بشكل), not a name (جو بايدن).
            // A frequent common word (رفع، الجهاز، منح) is never part of a name.
            if (words.IsCommonWord(folded) || folded[0] is 'و' or 'ل' or 'ي' || (folded[0] == 'ب' && names >= 2 && !particle) || (familyName && !definite && !particle) || (definite && folded[^1] == 'ه')
                || (!particle && names == MaxNameTokens))
            {
                break;
            }

            familyName |= definite;
            names += particle ? 0 : 1;
            end++;
        }

        // بن، آل، عبد end nothing: "فيصل بن سلمان بن" cut at the limit loses its dangling particle.
        while (end - 1 > start && WordClassifier.IsNameParticle(tokens[end - 1].Folded))
        {
            end--;
        }

        return end;
    }

    private static bool FollowedByParticle(SurfaceToken[] tokens, int j) =>
        j + 1 < tokens.Length && WordClassifier.IsNameParticle(tokens[j + 1].Folded);

    // After a title phrase (not right after an honorific) the next word is as often a noun as a name: most such
    // nouns end in ة (إدارة، أهمية), carry a preposition before a definite word (بمنطقة الحدود), or are verbs
    // (يدشن الموقع، تضمن إعادة), open with و (وزيادة), or end in the accusative ا (مركزا مؤهلا). Names lost this
    // way are left to the model.
    private static bool LooksLikeNoun(SurfaceToken[] tokens, int j)
    {
        string folded = tokens[j].Folded;
        bool prepositionBeforeDefinite = folded[0] is 'ب' or 'ل' && j + 1 < tokens.Length && tokens[j + 1].IsWord
            && tokens[j + 1].Folded.StartsWith("ال", StringComparison.Ordinal);
        bool verbBeforeDefinite = folded[0] == 'ي' && j + 1 < tokens.Length && tokens[j + 1].IsWord
            && tokens[j + 1].Folded.StartsWith("ال", StringComparison.Ordinal);
        return folded[^1] == 'ه' || prepositionBeforeDefinite || verbBeforeDefinite || (folded[0] == 'ل' && folded.Length >= 6)
            || folded[0] is 'و' or 'ي' or 'ت' || folded[^1] == 'ا';
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
        return (words.IsDefinite(next) && !words.IsTitle(next)) || words.MatchGazetteer(tokens, j + 1) is not null;
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
