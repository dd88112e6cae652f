using Ingestion.Contracts;
using Ingestion.Enrichment.Engine.Text;

namespace Ingestion.Enrichment.Engine.Entities.PostProcessing;

// Puts the inner recognizer's mentions into shape: no leading clitic (والكويت → الكويت), no title words at the
// start of a person (السفير نايثن سايلز → نايثن سايلز), no punctuation at the edges; and drops what is never an
// entity: time words (اليوم، الخميس، الجاري), the dateline agency, lone letters.
internal sealed class MentionCleaner(WordClassifier words)
{
    public void Clean(string text, TokenIndex index, CandidateSet candidates, (int Start, int End)? dateline, ISet<string> documentWords)
    {
        JoinParticleSplitPersons(index, candidates);
        foreach (EntityCandidate candidate in candidates.Items)
        {
            TrimEdges(text, candidate);
            if (candidate.Start < candidate.End)
            {
                TrimClitic(text, index, candidate, documentWords);
                if (candidate.Type == EntityTypes.Person)
                {
                    TrimLeadingTitles(index, candidate);
                }

                TrimTrailingNonNames(index, candidate);
            }
        }

        candidates.RemoveWhere(c => c.Start >= c.End || IsNotAnEntity(index, c) || (dateline is { } d && c.Overlaps(d.Start, d.End)));
    }

    // A model may cut a name at its particle: "محمد بن راشد آل" + "مكتوم". A person ending in بن، آل، عبد، أبو takes
    // the person right after it.
    private static void JoinParticleSplitPersons(TokenIndex index, CandidateSet candidates)
    {
        candidates.Sort();
        IReadOnlyList<EntityCandidate> items = candidates.Items;
        HashSet<EntityCandidate>? absorbed = null;
        for (int i = 0; i + 1 < items.Count; i++)
        {
            EntityCandidate left = items[i];
            EntityCandidate right = items[i + 1];
            if (left.Type != EntityTypes.Person || right.Type != EntityTypes.Person || (absorbed?.Contains(left) ?? false))
            {
                continue;
            }

            (int first, int last) = index.Range(left.Start, left.End);
            if (last <= first || last >= index.Tokens.Length || !index.Tokens[last - 1].IsWord
                || !WordClassifier.IsNameParticle(index.Tokens[last - 1].Folded) || index.Tokens[last].Start != right.Start)
            {
                continue;
            }

            right.Start = left.Start;
            (absorbed ??= []).Add(left);
        }

        if (absorbed is not null)
        {
            candidates.RemoveWhere(absorbed.Contains);
        }
    }

    // True for a mention made only of time words, digits and function words, or of fewer than two letters.
    public bool IsNotAnEntity(TokenIndex index, EntityCandidate candidate)
    {
        (int first, int last) = index.Range(candidate.Start, candidate.End);
        int letters = 0;
        bool allFunctional = true;
        for (int k = first; k < last; k++)
        {
            SurfaceToken token = index.Tokens[k];
            if (!token.IsWord)
            {
                continue;
            }

            letters += token.Folded.Count(char.IsLetter);
            if (!words.IsTemporal(token.Folded) && !words.IsFunctionWord(token.Folded) && !char.IsDigit(token.Folded[0]))
            {
                allFunctional = false;
            }
        }

        return letters < 2 || (allFunctional && !IsUndatedName(index, first, last));
    }

    // نيسان (the carmaker), تموز: a lone undefined month word with no date around it (no number, no slash, no other
    // time word) is the model's name, not a date; اليوم، الخميس، الجاري carry ال and stay dropped.
    private bool IsUndatedName(TokenIndex index, int first, int last)
    {
        SurfaceToken[] tokens = index.Tokens;
        if (last - first != 1 || !tokens[first].IsWord || !words.IsTemporal(tokens[first].Folded)
            || words.IsFunctionWord(tokens[first].Folded) || ArabicClitics.IsDefinite(tokens[first].Folded))
        {
            return false;
        }

        return !IsDateContext(tokens, first - 1) && !IsDateContext(tokens, last);
    }

    private bool IsDateContext(SurfaceToken[] tokens, int k) =>
        k >= 0 && k < tokens.Length
        && (tokens[k].Folded is "/" or "-" || char.IsDigit(tokens[k].Folded[0]) || (tokens[k].IsWord && words.IsTemporal(tokens[k].Folded)));

    private static void TrimEdges(string text, EntityCandidate candidate)
    {
        while (candidate.Start < candidate.End && !char.IsLetterOrDigit(text[candidate.Start]))
        {
            candidate.Start++;
        }

        while (candidate.End > candidate.Start && !char.IsLetterOrDigit(text[candidate.End - 1]) && !Text.ArabicNormalizer.IsIgnorable(text[candidate.End - 1]))
        {
            candidate.End--;
        }
    }

    private void TrimClitic(string text, TokenIndex index, EntityCandidate candidate, ISet<string> documentWords)
    {
        (int first, _) = index.Range(candidate.Start, candidate.End);
        if (first >= index.Tokens.Length || index.Tokens[first].Start != candidate.Start || !index.Tokens[first].IsWord)
        {
            return;
        }

        SurfaceToken token = index.Tokens[first];
        if (char.IsAsciiLetter(token.Folded[0]))
        {
            return;
        }

        // A word the lexicons know whole (واشنطن، وزير) has no clitic to cut.
        bool knownWhole = words.Lexicon.Gazetteer.StartsAnEntry(token.Folded) || words.Lexicon.Titles.ContainsKey(token.Folded)
            || words.Lexicon.OrganizationHeads.Contains(token.Folded);
        int clitic = knownWhole ? 0 : ArabicClitics.CliticLengthToTrim(token.Folded, rest => IsKnown(rest, documentWords));
        // ل + ال is written لل (للأمم، للعراق): no span of the text is the bare name, and ل|لعراق would be wrong, so
        // such a mention stays whole; a mention that cannot be trimmed is kept, never dropped.
        if (clitic > 0 && !(token.Folded[clitic - 1] == 'ل' && token.Folded[clitic] == 'ل'))
        {
            candidate.Start = token.OffsetAfter(text, clitic);
        }
    }

    private bool IsKnown(string folded, ISet<string> documentWords) =>
        words.Lexicon.Gazetteer.StartsAnEntry(folded) || words.IsTitle(folded) || documentWords.Contains(folded);

    // "مجلس الوزراء الشيخ", "بلينكن في", "الكويت اليوم": a title, function or time word never ends a name, nor a
    // frequent common word a person (الحسن وسوف).
    private void TrimTrailingNonNames(TokenIndex index, EntityCandidate candidate)
    {
        (int first, int last) = index.Range(candidate.Start, candidate.End);
        int end = last;
        bool person = candidate.Type == EntityTypes.Person;
        while (end - 1 > first && index.Tokens[end - 1].End <= candidate.End && index.Tokens[end - 1].IsWord
            && (IsNeverLast(index.Tokens[end - 1].Folded) || (person && words.IsCommonWord(index.Tokens[end - 1].Folded))))
        {
            end--;
            while (end - 1 > first && !index.Tokens[end - 1].IsWord)
            {
                end--;
            }
        }

        if (end < last)
        {
            candidate.End = index.Tokens[end - 1].End;
        }
    }

    private bool IsNeverLast(string folded) =>
        words.IsTitle(folded)
        || words.IsFunctionWord(folded) || words.IsTemporal(folded);

    private void TrimLeadingTitles(TokenIndex index, EntityCandidate candidate)
    {
        (int first, int last) = index.Range(candidate.Start, candidate.End);
        int name = first;
        while (name < last - 1 && index.Tokens[name].IsWord && words.IsTitle(index.Tokens[name].Folded))
        {
            name++;
        }

        // A mention may start inside a word (a model that splits clitics): leave its start alone unless a title went.
        if (name > first)
        {
            candidate.Start = index.Tokens[name].Start;
        }
    }
}
