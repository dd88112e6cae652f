namespace Ingestion.Enrichment.Engine.Text;

/// <summary>
/// Splits text into words, numbers and single punctuation characters, keeping offsets into the original string.
/// </summary>
/// <remarks>
/// Two views of the same text: <see cref="Tokenize"/> splits by script for the model's features, <c>Words</c> keeps
/// mixed runs whole and folded for the rules that follow the model. The engine's only tokenizer.
/// </remarks>
/// <remarks>
/// Arabic clitics (و ف ب ل ك ال) stay inside their word: the recognizer reads them as features, so every entity is a
/// run of whole tokens and its span maps straight back to the text. Punctuation is always split off, so a word glued
/// to a bracket or a comma (<c>(د</c>, <c>الكويت،</c>) still yields the bare word.
/// </remarks>
public static class Tokenizer
{
    /// <summary>The tokens of <paramref name="text"/> in order.</summary>
    public static List<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>(text.Length / 5 + 4);
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c) || IsInvisible(c))
            {
                i++;
            }
            else if (ArabicNormalizer.IsArabicLetter(c))
            {
                int end = ScanArabic(text, i);
                tokens.Add(new Token(i, end, TokenKind.ArabicWord));
                i = end;
            }
            else if (char.IsDigit(c))
            {
                int end = ScanNumber(text, i);
                tokens.Add(new Token(i, end, TokenKind.Number));
                i = end;
            }
            else if (IsPossessive(text, i))
            {
                tokens.Add(new Token(i, i + 2, TokenKind.LatinWord));
                i += 2;
            }
            else if (char.IsLetter(c))
            {
                int end = ScanLatin(text, i);
                tokens.Add(new Token(i, end, TokenKind.LatinWord));
                i = end;
            }
            else if (ArabicNormalizer.IsIgnorable(c) || char.IsLowSurrogate(c))
            {
                // A stray mark with no letter before it carries nothing worth a token.
                i++;
            }
            else
            {
                int end = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? i + 2 : i + 1;
                tokens.Add(new Token(i, end, TokenKind.Punctuation));
                i = end;
            }
        }

        return tokens;
    }

    /// <summary>
    /// The words of <paramref name="text"/> as the post-processing rules read them: runs of letters, digits and the
    /// Arabic marks inside them, whatever the script, each with its folded form; every other character but white
    /// space is one punctuation token. Line breaks are kept as punctuation because a name never runs across them.
    /// </summary>
    internal static SurfaceToken[] Words(string text)
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

                string folded = ArabicNormalizer.FoldWord(text.AsSpan(start, i - start));
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

    // 's or ’s closing a Latin word: the letter s after the apostrophe and no letter after it.
    private static bool IsPossessive(string text, int apostrophe) =>
        text[apostrophe] is '\'' or '’'
        && apostrophe + 1 < text.Length && text[apostrophe + 1] is 's' or 'S'
        && (apostrophe + 2 == text.Length || !char.IsLetter(text[apostrophe + 2]));

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || ArabicNormalizer.IsIgnorable(c);

    private static bool IsInvisible(char c) => c is '\u200B' or '\u200E' or '\u200F' or '\u200C' or '\u200D' or '\uFEFF';

    private static int ScanArabic(string text, int i)
    {
        int j = i + 1;
        while (j < text.Length && (ArabicNormalizer.IsArabicLetter(text[j]) || (ArabicNormalizer.IsIgnorable(text[j]) && text[j] is not ('\u200E' or '\u200F'))))
        {
            j++;
        }

        return j;
    }

    private static int ScanNumber(string text, int i)
    {
        int j = i + 1;
        while (j < text.Length)
        {
            if (char.IsDigit(text[j]))
            {
                j++;
            }
            else if (text[j] is '.' or ',' or '/' or '٫' or '٬' or ':' && j + 1 < text.Length && char.IsDigit(text[j + 1]))
            {
                j += 2;
            }
            else
            {
                break;
            }
        }

        return j;
    }

    private static int ScanLatin(string text, int i)
    {
        int j = i + 1;
        while (j < text.Length)
        {
            char c = text[j];
            if ((char.IsLetterOrDigit(c) && !ArabicNormalizer.IsArabicLetter(c)) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                j++;
            }
            else if (c is '\'' or '’' && j + 1 < text.Length && char.IsLetter(text[j + 1]) && !ArabicNormalizer.IsArabicLetter(text[j + 1]))
            {
                // The possessive is a token of its own (Iraq 's), as in the English training data, so that the name
                // before it is the word the model knows; O'Neil stays whole.
                if (IsPossessive(text, j))
                {
                    break;
                }

                j += 2;
            }
            else
            {
                break;
            }
        }

        // A middle or first initial keeps its dot (Donald A. Wright, S. Pollock), as in the English training data, so
        // that the name does not break at it.
        if (j - i == 1 && j + 2 < text.Length && text[j] == '.' && text[j + 1] == ' ' && char.IsUpper(text[i]) && char.IsUpper(text[j + 2]) && !ArabicNormalizer.IsArabicLetter(text[j + 2]))
        {
            return j + 1;
        }

        // Initialisms keep their dots (U.S., U.N.) so they read as one name, as in the English training data.
        if (j - i == 1 && j + 2 < text.Length && text[j] == '.' && char.IsUpper(text[j + 1]) && char.IsUpper(text[i]))
        {
            int k = j;
            while (k + 1 < text.Length && text[k] == '.' && char.IsUpper(text[k + 1]) && (k + 2 >= text.Length || !char.IsLetter(text[k + 2])))
            {
                k += 2;
            }

            if (k > j && k < text.Length && text[k] == '.')
            {
                return k + 1;
            }
        }

        return j;
    }
}
