using System.Globalization;
using System.Text.RegularExpressions;
using Ingestion.Contracts;

namespace Ingestion.Enrichment.Engine.Temporal.Rules;

/// <summary>The English rule set: the same ground as the Arabic one, for English newswire.</summary>
internal static class EnglishRules
{
    private const string Month =
        "(?<m>january|february|march|april|may|june|july|august|september|october|november|december|jan\\.?|feb\\.?|mar\\.?|apr\\.?|jun\\.?|jul\\.?|aug\\.?|sept?\\.?|oct\\.?|nov\\.?|dec\\.?)";

    private const string Weekday = "(?<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)";

    private const string Number =
        "(?<n>\\d+(?:\\.\\d+)?|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a|an|a few|several)";

    private const string Unit = "(?<u>seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century)";

    private const string Relative = "(?<rel>last|next|this|coming|past|previous)";

    private const RegexOptions Options = RegexOptions.IgnoreCase;

    private static readonly string[] s_units = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

    private static readonly string[] s_small =
        ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];

    private static readonly string[] s_tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    private static readonly string[] s_monthWords =
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ];

    private static readonly string[] s_weekdayWords = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    private static readonly string[] s_unitWords =
    [
        "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months",
        "year", "years", "decade", "decades", "century", "centuries",
    ];

    private static readonly TemporalRule[] s_rules =
    [
        new("(?:" + Weekday + ",?\\s+)?" + Month + "\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?(?!\\d)(?:,?\\s+(?<y>\\d{4}))?", Options, ResolveDay, s_monthWords, arabic: false),
        new("(?:" + Weekday + ",?\\s+)?(?:the\\s+)?(?<d>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + Month + "(?:,?\\s+(?<y>\\d{4}))?", Options, ResolveDay, s_monthWords, arabic: false),
        new("(?:(?<mod>early|mid|late)[- ])?(?:(?<rel2>this|last|next)\\s+)?" + Month + "(?:,?\\s+(?:of\\s+)?(?<y>\\d{4}))?", Options, ResolveMonth, s_monthWords, arabic: false),
        new("(?<y>\\d{4})-(?<mo>\\d{2})-(?<d>\\d{2})|(?<mo>\\d{1,2})/(?<d>\\d{1,2})/(?<y>\\d{4}|\\d{2})", Options, ResolveNumeric, [], DigitTriggers.DateSeparator, arabic: false),
        new("(?<x>(?<mod>early|mid|late)[- ](?<y>(?:19|20)\\d{2}))(?!\\d)|(?:in|since|by|until|of|during|from|year)\\s+(?<x>(?<y>(?:19|20)\\d{2}))(?!\\d)", Options, ResolveYear, [], DigitTriggers.FourDigits, arabic: false),
        new("(?<k>today|yesterday|tomorrow|tonight|the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after\\s+tomorrow)", Options, ResolveDayWord, ["today", "yesterday", "tomorrow", "tonight"], arabic: false),
        new("(?:on\\s+)?(?<x>(?:(?<rel>last|next|this|coming)\\s+)?" + Weekday + ")", Options, ResolveWeekday, s_weekdayWords, arabic: false),
        new("(?:(?<mod>early|mid|late|the\\s+(?:beginning|start|middle|end)\\s+of)\\s+)?(?:the\\s+)?(?:" + Relative + "\\s+(?<p>week|month|year)|(?<p2>this\\s+(?:week|month|year)))",
            Options, ResolvePeriod, ["week", "month", "year"], arabic: false),
        new("(?:the\\s+)?(?<o>first|second|third|fourth|last|1st|2nd|3rd|4th)\\s+(?<k>quarter|half)(?:\\s+of\\s+(?:(?<y>\\d{4})|(?<ry>this|last|next)\\s+year|the\\s+year))?",
            Options, ResolvePart, ["quarter", "half"], arabic: false),
        new(Number + "[- ]" + Unit + "(?:\\s+ago)?", Options, ResolveDuration, s_unitWords, arabic: false),
        new("(?<h>\\d{1,2})(?::(?<mi>\\d{2}))?\\s*(?<ap>a\\.m\\.|p\\.m\\.|am|pm)|(?<h>\\d{1,2}):(?<mi>\\d{2})|(?<k>noon|midnight)", Options, ResolveTime, ["am", "pm", "a", "p", "noon", "midnight"], DigitTriggers.Colon, arabic: false),
        new("(?:every\\s+(?<u>day|week|month|year|hour|morning|evening|night)|(?<k>daily|weekly|monthly|annually|yearly|hourly)|every\\s+" + Weekday + ")", Options, ResolveSet, ["every", "daily", "weekly", "monthly", "annually", "yearly", "hourly"], arabic: false),
    ];

    public static IReadOnlyList<TemporalRule> Rules => s_rules;

    private static int MonthOf(string name) => name.ToUpperInvariant()[..3] switch
    {
        "JAN" => 1, "FEB" => 2, "MAR" => 3, "APR" => 4, "MAY" => 5, "JUN" => 6,
        "JUL" => 7, "AUG" => 8, "SEP" => 9, "OCT" => 10, "NOV" => 11, _ => 12,
    };

    private static int WeekdayOf(string name) => name.ToUpperInvariant()[..3] switch
    {
        "MON" => 1, "TUE" => 2, "WED" => 3, "THU" => 4, "FRI" => 5, "SAT" => 6, _ => 7,
    };

    private static TemporalValue? ResolveDay(Match m, RuleContext c)
    {
        int day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        int month = MonthOf(m.Groups["m"].Value);
        int year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : c.Reference.Year;
        return Timex.IsValidDay(year, month, day) ? Timex.Day(new DateOnly(year, month, day)) : null;
    }

    private static TemporalValue? ResolveMonth(Match m, RuleContext c)
    {
        string name = m.Groups["m"].Value;
        // Capitalised month names only: "may" and "march" are common words.
        if (!char.IsUpper(name[0]) || (name is "May" or "March" && !m.Groups["y"].Success && m.Length == name.Length && c.WordBefore(m.Index) is not ("in" or "In" or "of" or "since" or "until" or "by" or "early" or "late")))
        {
            return null;
        }

        int month = MonthOf(name);
        int year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : c.Reference.Year;
        year += m.Groups["rel2"].Value.ToUpperInvariant() switch
        {
            "LAST" => month < c.Reference.Month ? 0 : -1,
            "NEXT" => month > c.Reference.Month ? 0 : 1,
            _ => 0,
        };
        return Timex.Date(Timex.FormatMonth(year, month), Mod(m.Groups["mod"].Value));
    }

    private static string? Mod(string word) => word.ToUpperInvariant() switch
    {
        "" => null,
        "EARLY" or "THE BEGINNING OF" or "THE START OF" => "START",
        "MID" or "THE MIDDLE OF" => "MID",
        _ => "END",
    };

    private static TemporalValue? ResolveNumeric(Match m, RuleContext c)
    {
        int year = Timex.ExpandYear(int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture));
        int month = int.Parse(m.Groups["mo"].Value, CultureInfo.InvariantCulture);
        int day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        return Timex.IsValidDay(year, month, day) ? Timex.Day(new DateOnly(year, month, day)) : null;
    }

    private static TemporalValue? ResolveYear(Match m, RuleContext c) =>
        Timex.Date(m.Groups["y"].Value, Mod(m.Groups["mod"].Value));

    private static TemporalValue? ResolveDayWord(Match m, RuleContext c)
    {
        string k = string.Join(' ', m.Groups["k"].Value.ToUpperInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return k switch
        {
            "TONIGHT" => new TemporalValue(TemporalTypes.Time, Timex.FormatDay(c.Reference) + "TNI"),
            "YESTERDAY" => Timex.Day(c.Reference.AddDays(-1)),
            "TOMORROW" => Timex.Day(c.Reference.AddDays(1)),
            "THE DAY BEFORE YESTERDAY" => Timex.Day(c.Reference.AddDays(-2)),
            "THE DAY AFTER TOMORROW" => Timex.Day(c.Reference.AddDays(2)),
            _ => Timex.Day(c.Reference),
        };
    }

    private static TemporalValue? ResolveWeekday(Match m, RuleContext c)
    {
        int weekday = WeekdayOf(m.Groups["wd"].Value);
        return m.Groups["rel"].Value.ToUpperInvariant() switch
        {
            "LAST" => Timex.Day(Timex.AdjacentWeekday(c.Reference, weekday, -1)),
            "NEXT" or "COMING" => Timex.Day(Timex.AdjacentWeekday(c.Reference, weekday, 1)),
            "THIS" => Timex.Day(Timex.WeekdayInWeek(c.Reference, weekday, 0)),
            _ => Timex.Day(Timex.NearestWeekday(c.Reference, weekday)),
        };
    }

    private static TemporalValue? ResolvePeriod(Match m, RuleContext c)
    {
        string p = m.Groups["p"].Success ? m.Groups["p"].Value : m.Groups["p2"].Value;
        char unit = p.ToUpperInvariant() switch
        {
            string s when s.EndsWith("WEEK", StringComparison.Ordinal) => 'W',
            string s when s.EndsWith("MONTH", StringComparison.Ordinal) => 'M',
            _ => 'Y',
        };
        int shift = m.Groups["rel"].Value.ToUpperInvariant() switch
        {
            "LAST" or "PAST" or "PREVIOUS" => -1,
            "NEXT" or "COMING" => 1,
            _ => 0,
        };
        string? mod = m.Groups["mod"].Success ? Mod(string.Join(' ', m.Groups["mod"].Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))) : null;
        return Timex.Date(Timex.ShiftPeriod(c.Reference, unit, shift), mod);
    }

    private static TemporalValue? ResolvePart(Match m, RuleContext c)
    {
        bool quarter = m.Groups["k"].Value.Equals("quarter", StringComparison.OrdinalIgnoreCase);
        int n = m.Groups["o"].Value.ToUpperInvariant() switch
        {
            "FIRST" or "1ST" => 1,
            "SECOND" or "2ND" => 2,
            "THIRD" or "3RD" => 3,
            "FOURTH" or "4TH" => 4,
            _ => quarter ? 4 : 2,
        };
        if (!quarter && (n > 2 || (!m.Groups["y"].Success && !m.Groups["ry"].Success)))
        {
            return null;
        }

        int year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture)
            : c.Reference.Year + m.Groups["ry"].Value.ToUpperInvariant() switch { "LAST" => -1, "NEXT" => 1, _ => 0 };
        return Timex.Date(string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{(quarter ? 'Q' : 'H')}{n}"));
    }

    private static TemporalValue? ResolveDuration(Match m, RuleContext c)
    {
        string n = m.Groups["n"].Value.ToUpperInvariant();
        string amount = n switch
        {
            "A" or "AN" => "1",
            "A FEW" or "SEVERAL" => "X",
            _ => ParseNumber(n.ToLowerInvariant())?.ToString(CultureInfo.InvariantCulture) ?? n,
        };
        string u = m.Groups["u"].Value.ToUpperInvariant();
        string unit = u switch
        {
            _ when u.StartsWith("SEC", StringComparison.Ordinal) => "S",
            _ when u.StartsWith("MIN", StringComparison.Ordinal) => "MI",
            _ when u.StartsWith("HOUR", StringComparison.Ordinal) => "H",
            _ when u.StartsWith("DAY", StringComparison.Ordinal) => "D",
            _ when u.StartsWith("WEEK", StringComparison.Ordinal) => "W",
            _ when u.StartsWith("MONTH", StringComparison.Ordinal) => "M",
            _ when u.StartsWith("DECADE", StringComparison.Ordinal) => "DE",
            _ when u.StartsWith("CENTUR", StringComparison.Ordinal) => "CE",
            _ => "Y",
        };
        if (m.Value.EndsWith("ago", StringComparison.OrdinalIgnoreCase) && int.TryParse(amount, CultureInfo.InvariantCulture, out int back)
            && Timex.ShiftByDuration(c.Reference, unit == "DE" ? 'E' : unit[0], -back) is { } point && unit is not ("H" or "MI" or "S"))
        {
            return Timex.Date(point);
        }

        return new TemporalValue(TemporalTypes.Duration, Timex.Duration(amount, unit));
    }

    private static int? ParseNumber(string text)
    {
        if (int.TryParse(text, CultureInfo.InvariantCulture, out int n))
        {
            return n;
        }

        string[] parts = text.Split('-', ' ');
        int tens = Array.IndexOf(s_tens, parts[0]);
        if (tens >= 0)
        {
            return ((tens + 2) * 10) + (parts.Length > 1 ? Array.IndexOf(s_units, parts[1]) + 1 : 0);
        }

        int small = Array.IndexOf(s_small, text);
        return small >= 0 ? small + 10 : Array.IndexOf(s_units, text) is >= 0 and int u ? u + 1 : null;
    }

    private static TemporalValue? ResolveTime(Match m, RuleContext c)
    {
        if (m.Groups["k"].Success)
        {
            return new TemporalValue(TemporalTypes.Time, m.Groups["k"].Value.Equals("noon", StringComparison.OrdinalIgnoreCase) ? "T12:00" : "T00:00");
        }

        int hour = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
        int minute = m.Groups["mi"].Success ? int.Parse(m.Groups["mi"].Value, CultureInfo.InvariantCulture) : 0;
        bool pm = m.Groups["ap"].Value.StartsWith('p') || m.Groups["ap"].Value.StartsWith('P');
        if (m.Groups["ap"].Success)
        {
            hour = pm ? (hour % 12) + 12 : hour % 12;
        }

        return hour is < 0 or > 23 || minute > 59 ? null : new TemporalValue(TemporalTypes.Time, string.Create(CultureInfo.InvariantCulture, $"T{hour:D2}:{minute:D2}"));
    }

    private static TemporalValue? ResolveSet(Match m, RuleContext c)
    {
        if (m.Groups["wd"].Success)
        {
            return new TemporalValue(TemporalTypes.Set, "XXXX-WXX-" + WeekdayOf(m.Groups["wd"].Value).ToString(CultureInfo.InvariantCulture));
        }

        string key = (m.Groups["u"].Success ? m.Groups["u"].Value : m.Groups["k"].Value).ToUpperInvariant();
        return new TemporalValue(TemporalTypes.Set, key switch
        {
            "DAY" or "DAILY" => "P1D",
            "WEEK" or "WEEKLY" => "P1W",
            "MONTH" or "MONTHLY" => "P1M",
            "HOUR" or "HOURLY" => "PT1H",
            "MORNING" => "XXXX-XX-XXTMO",
            "EVENING" => "XXXX-XX-XXTEV",
            "NIGHT" => "XXXX-XX-XXTNI",
            _ => "P1Y",
        });
    }
}
