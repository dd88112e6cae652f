namespace Ingestion.Enrichment.Engine.Text;

// A word or punctuation mark of the text as the rules read it (Tokenizer.Words), with its folded form for lexicon
// lookups.
internal readonly record struct SurfaceToken(int Start, int End, string Folded, bool IsWord)
{
    // True when the word's first letter is an upper-case Latin letter (English names).
    public bool IsCapitalized { get; init; }

    // The original offset after the first foldedChars folded characters, marks included: where a
    // mention starts once a clitic of that many letters is cut off.
    public int OffsetAfter(string text, int foldedChars)
    {
        int i = Start;
        int seen = 0;
        while (i < End && seen < foldedChars)
        {
            if (!ArabicNormalizer.IsIgnorable(text[i]))
            {
                seen++;
            }

            i++;
        }

        while (i < End && ArabicNormalizer.IsIgnorable(text[i]))
        {
            i++;
        }

        return i;
    }
}
