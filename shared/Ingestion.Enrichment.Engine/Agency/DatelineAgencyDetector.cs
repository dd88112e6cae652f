using Ingestion.Contracts;
using Ingestion.Enrichment.Engine.Text;

namespace Ingestion.Enrichment.Engine.Agency;

/// <summary>
/// Finds the agency of the dateline that opens the body: "أ ش أعقد ..." (glued), "القاهرة - أ ش أ -",
/// "الكويت - كونا:", "(د ب أ)", "KUWAIT CITY (Reuters) -". An agency merely mentioned further on is not a dateline.
/// </summary>
public sealed class DatelineAgencyDetector : IAgencyDetector
{
    // A dateline is a city, maybe a date, then the agency: it never runs further than this into the body.
    private const int MaxDatelinePrefix = 60;
    private const int MaxDatelineWords = 6;

    public NewsAgency? Detect(string text, int bodyStart)
    {
        ArgumentNullException.ThrowIfNull(text);
        int start = Math.Clamp(bodyStart, 0, text.Length);
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        int limit = Math.Min(text.Length, start + MaxDatelinePrefix);
        int words = 0;
        for (int i = start; i < limit; i++)
        {
            char c = text[i];
            if (c is '\n' or '.' or '!' or '?' or '؟' && !IsDottedAbbreviation(text, i))
            {
                break;
            }

            if (!IsLetter(c) || (i > start && IsLetter(text[i - 1])))
            {
                continue;
            }

            if (TryMatchAt(text, start, i) is { } agency)
            {
                return agency;
            }

            if (++words > MaxDatelineWords)
            {
                break;
            }
        }

        return null;
    }

    private static NewsAgency? TryMatchAt(string text, int start, int position)
    {
        bool atStart = position == start;
        if (!atStart && !OpensAgency(PreviousNonSpace(text, position)))
        {
            return null;
        }

        foreach (AgencyForm form in AgencyLexicon.Forms)
        {
            int end = Match(text, position, form);
            if (end < 0)
            {
                continue;
            }

            bool glued = end < text.Length && IsLetter(text[end]);
            bool accepted = glued
                ? atStart && form.IsSpacedLetters && !form.IsLatin
                : ClosesAgency(NextNonSpace(text, end)) || (atStart && form.IsSpacedLetters);
            if (accepted)
            {
                return ToAgency(form, position, end);
            }
        }

        return null;
    }

    private static NewsAgency ToAgency(AgencyForm form, int start, int end) => new()
    {
        Name = form.IsLatin ? form.Agency.EnglishName : form.Agency.ArabicName,
        Abbreviation = form.IsLatin ? form.Agency.LatinAbbreviation : form.Agency.ArabicAbbreviation,
        Latin = form.Agency.LatinAbbreviation,
        Start = start,
        End = end,
    };

    // Returns the end of the form matched at position, or -1. Between parts any run of spaces and dots is accepted.
    private static int Match(string text, int position, AgencyForm form)
    {
        int i = position;
        for (int p = 0; p < form.Parts.Length; p++)
        {
            if (p > 0)
            {
                int separatorStart = i;
                while (i < text.Length && text[i] is ' ' or '.' or '\u00A0')
                {
                    i++;
                }

                if (i == separatorStart || i - separatorStart > 3)
                {
                    return -1;
                }
            }

            foreach (char expected in form.Parts[p])
            {
                while (i < text.Length && ArabicNormalizer.IsIgnorable(text[i]))
                {
                    i++;
                }

                if (i >= text.Length || Fold(text[i], form.IsLatin) != expected)
                {
                    return -1;
                }

                i++;
            }
        }

        while (i < text.Length && ArabicNormalizer.IsIgnorable(text[i]))
        {
            i++;
        }

        return i;
    }

    private static char Fold(char c, bool latin) => latin ? char.ToUpperInvariant(c) : ArabicNormalizer.Fold(c);

    private static bool IsLetter(char c) => char.IsLetter(c);

    // "أ.ش.أ" keeps its dots: a dot between two single letters does not end the dateline.
    private static bool IsDottedAbbreviation(string text, int i) =>
        text[i] == '.' && i > 0 && i + 1 < text.Length && IsLetter(text[i - 1]) && IsLetter(text[i + 1])
        && (i < 2 || !IsLetter(text[i - 2]));

    private static bool OpensAgency(char c) => c is '-' or '–' or '—' or 'ـ' or '(' or '[' or '«' or '"' or ':' or '/' or '،' or ',';

    private static bool ClosesAgency(char c) => c is '-' or '–' or '—' or 'ـ' or ')' or ']' or '»' or '"' or ':' or '،' or ',' or '\n' or '\0';

    private static char PreviousNonSpace(string text, int position)
    {
        for (int i = position - 1; i >= 0; i--)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return text[i];
            }
        }

        return '\0';
    }

    private static char NextNonSpace(string text, int position)
    {
        for (int i = position; i < text.Length; i++)
        {
            if (text[i] == '\n' || !char.IsWhiteSpace(text[i]))
            {
                return text[i];
            }
        }

        return '\0';
    }
}
