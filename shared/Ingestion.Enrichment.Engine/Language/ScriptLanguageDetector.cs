using System.Collections.Frozen;

namespace Ingestion.Enrichment.Engine.Language;

/// <summary>
/// Tells Arabic, English and other text apart from the share of Arabic and Latin letters, and for Latin text from
/// the share of English function words, so that French or Spanish comes out as <c>other</c>. One pass, no allocation.
/// </summary>
public sealed class ScriptLanguageDetector : ILanguageDetector
{
    // Below this many letters a guess is weak whatever the proportions say.
    private const int ConfidentLetterCount = 60;

    // English running text has about 40-50% function words; French or Spanish share a few ("a", "on") but far fewer.
    private const double EnglishStopWordRatio = 0.18;

    // Headlines and datelines carry fewer function words than running text ("Kuwait and US hold strategic talks":
    // 1 in 6). Below the running-text ratio, English still wins when its function words clearly outnumber the others'.
    private const double HeadlineStopWordRatio = 0.08;

    private const int MaxWordLength = 32;

    // Persian and Urdu share the Arabic script; their own letters (پ چ ژ گ ک ی ...) are rare in Arabic text.
    private const double NonArabicLetterShare = 0.03;

    private static readonly FrozenSet<string> s_englishStopWords = FrozenSet.ToFrozenSet(
    [
        "the", "of", "and", "to", "in", "is", "that", "for", "it", "with", "as", "was", "on", "by", "at", "from",
        "he", "she", "his", "her", "they", "their", "this", "these", "those", "be", "are", "were", "been", "has",
        "have", "had", "which", "who", "will", "would", "an", "or", "not", "but", "its", "said", "after", "about",
        "into", "over", "than", "also", "we", "our", "you", "there", "what", "when", "can", "could", "more", "other",
        "all", "one", "new", "up", "out", "i", "a", "while", "under", "since", "against", "between", "during",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_stopWordLookup =
        s_englishStopWords.GetAlternateLookup<ReadOnlySpan<char>>();

    // Function words of the other Latin-script languages of newswire (French, Spanish, Portuguese, Italian, German)
    // that English does not use: the counter-evidence that lets headline-style English, poor in function words, count.
    private static readonly FrozenSet<string> s_foreignStopWords = FrozenSet.ToFrozenSet(
    [
        "le", "la", "les", "des", "du", "de", "et", "est", "un", "une", "que", "qui", "pour", "dans", "sur", "pas", "au",
        "el", "los", "las", "del", "y", "por", "con", "para", "una", "es", "se", "lo", "al", "su", "sus", "como",
        "der", "die", "das", "und", "ist", "ein", "eine", "nicht", "mit", "zu", "den", "dem", "von", "im",
        "il", "di", "che", "per", "non", "e", "da", "do", "dos", "em", "os", "um", "uma", "na", "no", "ao",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_foreignLookup =
        s_foreignStopWords.GetAlternateLookup<ReadOnlySpan<char>>();


    public LanguageGuess Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int arabic = 0;
        int persianOrUrdu = 0;
        int latin = 0;
        int otherLetters = 0;
        int latinWords = 0;
        int stopWords = 0;
        int foreignWords = 0;
        Span<char> word = stackalloc char[MaxWordLength];
        int wordLength = 0;
        bool wordTooLong = false;

        foreach (char c in text)
        {
            if (c < 128 ? char.IsAsciiLetter(c) : IsLatinExtended(c))
            {
                latin++;
                if (wordLength < MaxWordLength)
                {
                    word[wordLength++] = char.ToLowerInvariant(c);
                }
                else
                {
                    wordTooLong = true;
                }

                continue;
            }

            if (wordLength > 0)
            {
                CountWord(word[..wordLength], wordTooLong, ref latinWords, ref stopWords, ref foreignWords);
                wordLength = 0;
                wordTooLong = false;
            }

            if (c is (>= '\u0600' and <= '\u06FF') or (>= '\u0750' and <= '\u077F') or (>= '\uFB50' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFF'))
            {
                if (char.IsLetter(c))
                {
                    arabic++;
                    if (c is 'پ' or 'چ' or 'ژ' or 'گ' or 'ک' or 'ی' or 'ے' or 'ٹ' or 'ڈ' or 'ڑ' or 'ھ' or 'ہ')
                    {
                        persianOrUrdu++;
                    }
                }
            }
            else if (c >= 128 && char.IsLetter(c))
            {
                otherLetters++;
            }
        }

        if (wordLength > 0)
        {
            CountWord(word[..wordLength], wordTooLong, ref latinWords, ref stopWords, ref foreignWords);
        }

        return Decide(arabic, persianOrUrdu, latin, otherLetters, latinWords, stopWords, foreignWords);
    }

    private static LanguageGuess Decide(int arabic, int persianOrUrdu, int latin, int otherLetters, int latinWords, int stopWords, int foreignWords)
    {
        int letters = arabic + latin + otherLetters;
        if (letters == 0)
        {
            return new LanguageGuess(LanguageGuess.Other, 0);
        }

        double lengthFactor = Math.Min(1.0, (double)letters / ConfidentLetterCount);
        double arabicShare = (double)arabic / letters;
        double latinShare = (double)latin / letters;

        if (arabicShare >= 0.5)
        {
            double persianShare = (double)persianOrUrdu / arabic;
            if (persianShare > NonArabicLetterShare)
            {
                return new LanguageGuess(LanguageGuess.Other, Math.Round(arabicShare * Math.Min(1.0, persianShare / 0.1) * lengthFactor, 3));
            }

            return new LanguageGuess(LanguageGuess.Arabic, Math.Round(arabicShare * lengthFactor, 3));
        }

        if (latinShare >= 0.5)
        {
            double stopRatio = latinWords == 0 ? 0 : (double)stopWords / latinWords;
            bool headlineEnglish = stopRatio >= HeadlineStopWordRatio && stopWords >= 2 && stopWords >= 3 * foreignWords;
            if (stopRatio >= EnglishStopWordRatio || headlineEnglish)
            {
                double evidence = Math.Min(1.0, stopRatio / 0.3);
                return new LanguageGuess(LanguageGuess.English, Math.Round(latinShare * evidence * lengthFactor, 3));
            }

            // Latin script without English function words: some other Latin-script language.
            double otherEvidence = latinWords < 5 ? 0.5 : 1.0 - (stopRatio / EnglishStopWordRatio);
            return new LanguageGuess(LanguageGuess.Other, Math.Round(latinShare * otherEvidence * lengthFactor, 3));
        }

        return new LanguageGuess(LanguageGuess.Other, Math.Round((1.0 - Math.Max(arabicShare, latinShare)) * lengthFactor, 3));
    }

    private static void CountWord(ReadOnlySpan<char> word, bool tooLong, ref int latinWords, ref int stopWords, ref int foreignWords)
    {
        latinWords++;
        if (tooLong)
        {
            return;
        }

        if (s_stopWordLookup.Contains(word))
        {
            stopWords++;
        }
        else if (s_foreignLookup.Contains(word))
        {
            foreignWords++;
        }
    }

    // Latin-1 Supplement and Latin Extended-A/B letters: French, Spanish, German, Turkish accents.
    private static bool IsLatinExtended(char c) => c is (>= '\u00C0' and <= '\u024F') && c != '\u00D7' && c != '\u00F7';
}
