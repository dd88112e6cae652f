using Ingestion.Enrichment.Engine.Text;

namespace Ingestion.Enrichment.Engine.Entities.PostProcessing;

// Splits text into words (letters, digits and the Arabic marks inside them) and single punctuation marks.
// Line breaks are kept as punctuation because a name never runs across them.
internal static class SurfaceTokenizer
{
    public static SurfaceToken[] Tokenize(string text)
    {
        var tokens = new List<SurfaceToken>(text.Length / 5);
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (IsWordChar(c))
            {
                int start = i;
                while (i < text.Length && IsWordChar(text[i]))
                {
                    i++;
                }

                string folded = Fold(text.AsSpan(start, i - start));
                // A lone tatweel or mark (الأمريكي ـ الكويتي) folds to nothing: it is punctuation, not a word.
                tokens.Add(folded.Length > 0
                    ? new SurfaceToken(start, i, folded, IsWord: true) { IsCapitalized = char.IsUpper(c) }
                    : new SurfaceToken(start, i, text[start..i], IsWord: false));
            }
            else
            {
                if (c == '\n' || !char.IsWhiteSpace(c))
                {
                    tokens.Add(new SurfaceToken(i, i + 1, c.ToString(), IsWord: false));
                }

                i++;
            }
        }

        return [.. tokens];
    }

    // Folds a word the way the lexicons are folded: Arabic normalization and lower-case Latin.
    public static string Fold(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        int j = 0;
        foreach (char c in word)
        {
            if (!ArabicNormalizer.IsIgnorable(c))
            {
                buffer[j++] = char.ToLowerInvariant(ArabicNormalizer.Fold(c));
            }
        }

        return new string(buffer[..j]);
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || ArabicNormalizer.IsIgnorable(c);
}
