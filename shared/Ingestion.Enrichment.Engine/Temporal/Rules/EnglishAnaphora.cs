using System.Globalization;
using System.Text.RegularExpressions;
using Ingestion.Contracts;

namespace Ingestion.Enrichment.Engine.Temporal.Rules;

/// <summary>
/// "that day", "the next day", "the day before", "later that year", "the following year", "the following month",
/// "the same week": a day, week, month or year named by reference to the one the story last gave ("He landed on Dec. 2, 1956. The next day ..." is 1956-12-03), else to the
/// reference date.
/// </summary>
/// <remarks>
/// A step after the rules, since the anchor is another expression: the rule only finds the phrase and values it
/// against the reference date, which stands when no day or year was named shortly before.
/// </remarks>
internal static class EnglishAnaphora
{
    private static readonly Regex s_phrase = new(
        "^(?:(?:later|earlier)\\s+)?(?:(?<k>that|that\\s+same|the\\s+same|the\\s+following|the\\s+next|the\\s+previous|the\\s+preceding)\\s+(?<p>day|year)|the\\s+day\\s+(?<k>before|after)" +
        "|(?<k>that\\s+same|the\\s+same|the\\s+following|the\\s+previous|the\\s+preceding)\\s+(?<p>week|month)" +
        "|(?<k>that|that\\s+same|the\\s+same|the\\s+following|the\\s+next|the\\s+previous)\\s+(?<tod>morning|afternoon|evening|night))$",
        RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture);

    /// <summary>The pattern of the rule that proposes these phrases.</summary>
    /// <remarks>
    /// "that day" alone is too often generic ("trades made that day"), so it needs "earlier", "later" or "same"; "the day
    /// before" followed by what it is before ("the day before the vote") is left to the event.
    /// </remarks>
    public const string Pattern =
        "(?:later|earlier)\\s+(?<k>that)\\s+day|(?:(?:later|earlier)\\s+)?(?:(?<k>that\\s+same|the\\s+same|the\\s+following|the\\s+next|the\\s+previous|the\\s+preceding)\\s+day" +
        "|(?<k>that|the\\s+same|the\\s+following|the\\s+preceding)\\s+year|(?<k>that\\s+same|the\\s+same|the\\s+following|the\\s+preceding)\\s+(?<p>week|month))" +
        "|the\\s+day\\s+(?<k>before|after)(?=\\s*(?:[.,;:!?)]|$))" +
        "|(?:(?:later|earlier)\\s+)?(?<k>that|that\\s+same|the\\s+same|the\\s+following|the\\s+next|the\\s+previous)\\s+(?<tod>morning|afternoon|evening|night)";

    /// <summary>The value against the reference date, which <see cref="Anchor"/> replaces when a day or year was named before.</summary>
    public static TemporalValue? Resolve(Match m, RuleContext c)
    {
        if (m.Groups["tod"].Success)
        {
            // "the next morning" is a part of a day, a TIME.
            return new TemporalValue(TemporalTypes.Time, Timex.FormatDay(c.Reference.AddDays(Shift(m.Groups["k"].Value))) + EnglishRules.PartOfDay(m.Groups["tod"].Value));
        }

        bool year = m.Value.EndsWith("year", StringComparison.OrdinalIgnoreCase);
        int shift = Shift(m.Groups["k"].Value);
        return m.Groups["p"].Value.ToUpperInvariant() switch
        {
            "WEEK" => Timex.Date(Timex.FormatWeek(c.Reference.AddDays(7 * shift))),
            "MONTH" => Timex.Date(Timex.FormatMonth(c.Reference.AddMonths(shift).Year, c.Reference.AddMonths(shift).Month)),
            _ => Timex.Date(year ? Timex.FormatYear(c.Reference.Year + shift) : Timex.FormatDay(c.Reference.AddDays(shift))),
        };
    }

    public static List<TemporalCandidate> Anchor(List<TemporalCandidate> kept, string text)
    {
        for (int i = 0; i < kept.Count; i++)
        {
            TemporalCandidate c = kept[i];
            if (c.Type is not (TemporalTypes.Date or TemporalTypes.Time) || c.Length > 40 || s_phrase.Match(text, c.Start, c.Length) is not { Success: true } m
                || (c.Type == TemporalTypes.Time) != m.Groups["tod"].Success)
            {
                continue;
            }

            string part = m.Groups["tod"].Success ? EnglishRules.PartOfDay(m.Groups["tod"].Value) : string.Empty;

            bool year = m.Groups["p"].Value.Equals("year", StringComparison.OrdinalIgnoreCase);
            bool week = m.Groups["p"].Value.Equals("week", StringComparison.OrdinalIgnoreCase);
            bool month = m.Groups["p"].Value.Equals("month", StringComparison.OrdinalIgnoreCase);
            int shift = Shift(m.Groups["k"].Value);
            for (int j = i - 1; j >= 0 && c.Start - kept[j].End <= ClockAnchor.NarrativeReach; j--)
            {
                string anchor = kept[j].Value;
                if (month && anchor.Length >= 7 && IsDigits(anchor.AsSpan(0, 4)) && anchor[4] == '-' && IsDigits(anchor.AsSpan(5, 2))
                    && (anchor.Length == 7 || anchor[7] == '-') && anchor.AsSpan(5, 2) is not "00" && int.Parse(anchor.AsSpan(5, 2), CultureInfo.InvariantCulture) <= 12)
                {
                    DateOnly first = new DateOnly(int.Parse(anchor.AsSpan(0, 4), CultureInfo.InvariantCulture), int.Parse(anchor.AsSpan(5, 2), CultureInfo.InvariantCulture), 1).AddMonths(shift);
                    kept[i] = c with { Value = Timex.FormatMonth(first.Year, first.Month) };
                    break;
                }

                if (week && ClockAnchor.DayOf(anchor) is { } weekDay && DateOnly.TryParseExact(weekDay, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly inWeek))
                {
                    kept[i] = c with { Value = Timex.FormatWeek(inWeek.AddDays(7 * shift)) };
                    break;
                }

                if (week || month)
                {
                    continue;
                }

                if (year && anchor.Length >= 4 && IsDigits(anchor.AsSpan(0, 4)) && (anchor.Length == 4 || anchor[4] == '-'))
                {
                    kept[i] = c with { Value = Timex.FormatYear(int.Parse(anchor.AsSpan(0, 4), CultureInfo.InvariantCulture) + shift) };
                    break;
                }

                if (!year && ClockAnchor.DayOf(anchor) is { } named && DateOnly.TryParseExact(named, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly day))
                {
                    kept[i] = c with { Value = Timex.FormatDay(day.AddDays(shift)) + part };
                    break;
                }
            }
        }

        return kept;
    }

    private static int Shift(string k) => string.Join(' ', k.ToUpperInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) switch
    {
        "THE FOLLOWING" or "THE NEXT" or "AFTER" => 1,
        "THE PREVIOUS" or "THE PRECEDING" or "BEFORE" => -1,
        _ => 0,
    };

    private static bool IsDigits(ReadOnlySpan<char> s)
    {
        foreach (char ch in s)
        {
            if (!char.IsAsciiDigit(ch))
            {
                return false;
            }
        }

        return true;
    }
}
