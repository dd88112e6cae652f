namespace Ingestion.Enrichment.Engine.Text;

/// <summary>
/// The orthographic folding Arabic newswire needs before any lookup: hamza-carrying alefs to bare alef, alef maqsura
/// to yeh, teh marbuta to heh, diacritics and tatweel removed, Eastern Arabic digits to ASCII.
/// </summary>
/// <remarks>
/// Folding is for matching only; annotations always point into the original text, so
/// <see cref="NormalizeWithOffsets"/> keeps the way back from every normalized character to its source.
/// </remarks>
public static class ArabicNormalizer
{
    /// <summary>Harakat, tanween, shadda, sukun, superscript alef, Quranic marks and tatweel: dropped by normalization.</summary>
    public static bool IsIgnorable(char c) =>
        c is (>= '\u064B' and <= '\u065F') or '\u0670' or '\u0640' or (>= '\u06D6' and <= '\u06ED') or '\u200F' or '\u200E' or '\u200C' or '\u200D';

    /// <summary>Folds one character; returns it unchanged when nothing applies.</summary>
    public static char Fold(char c) => c switch
    {
        'أ' or 'إ' or 'آ' or 'ٱ' => 'ا',
        'ى' => 'ي',
        'ة' => 'ه',
        >= '٠' and <= '٩' => (char)('0' + (c - '٠')),
        >= '۰' and <= '۹' => (char)('0' + (c - '۰')),
        _ => c,
    };

    /// <summary>True for the Arabic letters block (not digits or punctuation).</summary>
    public static bool IsArabicLetter(char c) =>
        c is (>= '\u0621' and <= '\u063A') or (>= '\u0641' and <= '\u064A') or (>= '\u0671' and <= '\u06D3') or '\u06D5';

    /// <summary>Normalizes for lookup: ignorable marks removed, letters and digits folded.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Create(CountKept(text), text, static (span, source) =>
        {
            int j = 0;
            foreach (char c in source)
            {
                if (!IsIgnorable(c))
                {
                    span[j++] = Fold(c);
                }
            }
        });
    }

    // Folds a word the way the rules' lexicons are folded: Normalize, and lower-case Latin.
    internal static string FoldWord(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        int j = 0;
        foreach (char c in word)
        {
            if (!IsIgnorable(c))
            {
                buffer[j++] = char.ToLowerInvariant(Fold(c));
            }
        }

        return new string(buffer[..j]);
    }

    /// <summary>Normalizes and returns, for each normalized character, its index in <paramref name="text"/>.</summary>
    public static NormalizedText NormalizeWithOffsets(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var chars = new char[CountKept(text)];
        var offsets = new int[chars.Length + 1];
        int j = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (!IsIgnorable(text[i]))
            {
                offsets[j] = i;
                chars[j++] = Fold(text[i]);
            }
        }

        offsets[j] = text.Length;
        return new NormalizedText(new string(chars), offsets);
    }

    private static int CountKept(string text)
    {
        int kept = 0;
        foreach (char c in text)
        {
            if (!IsIgnorable(c))
            {
                kept++;
            }
        }

        return kept;
    }
}
