using System.Globalization;
using System.Text.RegularExpressions;
using Ingestion.Contracts;

namespace Ingestion.Enrichment.Engine.Temporal.Rules;

/// <summary>The English rule set: the same ground as the Arabic one, for English newswire.</summary>
internal static class EnglishRules
{
    internal const string Month =
        "(?<m>january|february|march|april|may|june|july|august|september|october|november|december|jan\\.?|feb\\.?|mar\\.?|apr\\.?|jun\\.?|jul\\.?|aug\\.?|sept?\\.?|oct\\.?|nov\\.?|dec\\.?)";

    internal const string Weekday = "(?<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)";

    internal const string Number =
        "(?<n>\\d+(?:\\.\\d+)?(?:\\s+1/2)?|(?:a\\s+)?couple\\s+of|few|many|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a|an|a few|several|recent|coming)";

    internal const string Unit = "(?<u>seconds?|minutes?|hours?|days?|weeks?|months?|quarters|years?|decades?|centuries|century)";

    // "early", "mid-", "late", "the end of" before a month or a year: the part of it, as the mod.
    private const string PartOf = "(?:(?<mod>early|mid|late)[- ]|(?<mod>the\\s+(?:beginning|start|middle|end)\\s+of)\\s+)?";

    private const string Relative = "(?<rel>last|next|this|coming|past|previous)";

    internal const RegexOptions Options = RegexOptions.IgnoreCase;

    // A time zone or "local time" after a clock time belongs to its extent ("10:35 a.m. EDT"), as TimeML marks it.
    private const string Zone = "(?:\\s+(?:GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|BST|CET|local\\s+time))?";

    private const string HourWords = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve";

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
        "year", "years", "decade", "decades", "century", "centuries", "quarters",
    ];

    private static readonly TemporalRule[] s_rules =
    [
        new("(?<wk>the\\s+week\\s+of\\s+)?(?:" + Weekday + ",?\\s+)?(?:(?<rel2>last|this|next)\\s+)?" + Month + "\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?(?!\\d)(?:,?\\s+(?<y>\\d{4}))?", Options, ResolveDay, s_monthWords, arabic: false),
        new("(?:" + Weekday + ",?\\s+)?(?:the\\s+)?(?<d>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + Month + "(?:,?\\s+(?<y>\\d{4}))?", Options, ResolveDay, s_monthWords, arabic: false),
        new(PartOf + "(?:(?<rel2>this|last|next)\\s+)?" + Month + "(?:,?\\s+(?:of\\s+)?(?<y>\\d{4})|\\s+(?:of\\s+)?(?<ry>this|last|next)\\s+year)?", Options, ResolveMonth, s_monthWords, arabic: false),
        new("(?<y>\\d{4})-(?<mo>\\d{2})-(?<d>\\d{2})|(?<mo>\\d{1,2})/(?<d>\\d{1,2})/(?<y>\\d{4}|\\d{2})", Options, ResolveNumeric, [], DigitTriggers.DateSeparator, arabic: false),
        new(PartOf + "(?:(?:fiscal|calendar)\\s+)?(?<y>(?:1[6-9]|20)\\d{2})(?![\\d%]|[.,]\\d|\\s*(?:%|percent))", Options, ResolveYear, [], DigitTriggers.FourDigits, arabic: false),
        new("(?:(?<mod>early|earlier|late|later)\\s+)?(?<k>today|yesterday|tomorrow|tonight|the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after\\s+tomorrow)", Options, ResolveDayWord, ["today", "yesterday", "tomorrow", "tonight"], arabic: false),
        new("(?:on\\s+)?(?<x>(?:(?<mod>early|late)\\s+(?:on\\s+)?)?(?:(?<rel>last|next|this\\s+coming|this\\s+past|this|coming|the\\s+previous|the\\s+following)\\s+)?" + Weekday + ")", Options, ResolveWeekday, s_weekdayWords, arabic: false),
        new("(?:(?<mod>early|mid|late|earlier|later|the\\s+(?:beginning|start|middle|end)\\s+of)\\s+)?(?:the\\s+)?(?:" + Relative + "\\s+(?<p>week|month|year)|(?<p2>this\\s+(?:week|month|year)))" +
            "|(?<mod>the\\s+(?:beginning|start|middle|end)\\s+of)\\s+the\\s+(?<p>week|month)|(?<mod>earlier|later)\\s+in\\s+the\\s+(?<p2>week|month|year)",
            Options, ResolvePeriod, ["week", "month", "year"], arabic: false),
        new("(?:(?:the|a|its)\\s+)?(?:(?<ry>this|last|next)\\s+year's\\s+|(?<y>\\d{4})(?:'s)?\\s+|(?<ago>year-(?:ago|earlier))\\s+|(?:latest|current|flat|weak|strong)\\s+)?(?:fiscal\\s+)?(?<o>first|second|third|fourth|last|1st|2nd|3rd|4th)[- ](?:fiscal\\s+)?(?<k>quarter|half)" +
            "(?:\\s+of\\s+(?:(?:fiscal\\s+)?(?<y>\\d{4})|(?<ry>this|last|next)\\s+year|(?<ty>the\\s+year))|\\s+(?<y>\\d{4}))?",
            Options, ResolvePart, ["quarter", "half"], arabic: false),
        // half an hour, half a day, half a century
        new("half\\s+an?\\s+(?<u>hour|day|year|decade|century)", Options, ResolveHalfUnit, ["half"], arabic: false),
        new(Number + "(?:[- ]more)?[- ]" + Unit + "(?!-old)(?:\\s+(?<ago>ago|earlier|before))?", Options, ResolveDuration, s_unitWords, arabic: false),
        new("(?:(?<mod>about|around|approximately|shortly\\s+(?:before|after))\\s+)?(?:(?:(?<h>\\d{1,2})(?::(?<mi>\\d{2})(?::(?<s>\\d{2}))?)?\\s*(?<ap>a\\.m\\.?|p\\.m\\.?|am|pm)|(?<h>\\d{1,2}):(?<mi>\\d{2})(?::(?<s>\\d{2}))?)" + Zone + "|(?<h>[01]\\d|2[0-3])(?<mi>[0-5]\\d)\\s*(?:GMT|UTC)|(?<k>noon|midnight|midday)" +
            "|(?<h>\\d{1,2}|" + HourWords + ")(?::(?<mi>\\d{2}))?(?:\\s+o['’]clock)?\\s+(?<dp>in\\s+the\\s+(?:morning|afternoon|evening)|at\\s+night)|(?<h>\\d{1,2}|" + HourWords + ")\\s+o['’]clock)",
            Options, ResolveTime, ["noon", "midnight", "midday", "morning", "afternoon", "evening", "night", "clock"], DigitTriggers.Colon | DigitTriggers.Meridiem | DigitTriggers.FourDigits, arabic: false),
        new("(?:(?:every|each)\\s+(?<u>day|week|month|year|hour|morning|evening|night|quarter)|(?<k>daily|weekly|monthly|annually|yearly|hourly)|(?:every|each)\\s+" + Weekday + "|(?:every|each)\\s+" + Month + "|" + Weekday + "s|" + Weekday + "\\s+(?<tod>mornings|afternoons|evenings|nights))", Options, ResolveSet, ["every", "each", "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays", "mornings", "afternoons", "evenings", "nights", "daily", "weekly", "monthly", "annually", "yearly", "hourly"], arabic: false),
    ];

    public static IReadOnlyList<TemporalRule> Rules => s_rules;

    internal static int MonthOf(string name) => name.ToUpperInvariant()[..3] switch
    {
        "JAN" => 1, "FEB" => 2, "MAR" => 3, "APR" => 4, "MAY" => 5, "JUN" => 6,
        "JUL" => 7, "AUG" => 8, "SEP" => 9, "OCT" => 10, "NOV" => 11, _ => 12,
    };

    // How many months a tense cue may carry a month named without its year (see Timex.YearOfMonth).
    private const int TenseReach = 8;

    // A future cue carries a bare month as far ahead as the calendar goes ("will be named ... for a mission in
    // December", said in March); a past one only TenseReach back, since newswire writes the year of an older date. A
    // day of a month keeps TenseReach both ways: in a future sentence it more often names a past event ("will trade
    // again after the June 3 halt") than a day most of a year ahead, which news would give with its year.
    private static int Reach(int tense) => tense > 0 ? 12 : TenseReach;

    internal static int WeekdayOf(string name) => name.ToUpperInvariant()[..3] switch
    {
        "MON" => 1, "TUE" => 2, "WED" => 3, "THU" => 4, "FRI" => 5, "SAT" => 6, _ => 7,
    };

    private static TemporalValue? ResolveDay(Match m, RuleContext c)
    {
        int day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        int month = MonthOf(m.Groups["m"].Value);
        // "last Oct. 23" is the latest Oct. 23 before the reference date, "next May 1" the first after it.
        int tense = RelativeShift(m.Groups["rel2"].Value) is var shift && shift != 0 ? shift : Tense.Of(c.Text, m.Index, m.Index + m.Length);
        int year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture)
            : Timex.YearOfMonth(c.Reference, month, tense, shift != 0 ? 12 : TenseReach);
        if (!Timex.IsValidDay(year, month, day))
        {
            return null;
        }

        // "the week of March 6" is that day's week.
        return m.Groups["wk"].Success ? Timex.Date(Timex.FormatWeek(new DateOnly(year, month, day))) : Timex.Day(new DateOnly(year, month, day));
    }

    private static TemporalValue? ResolveMonth(Match m, RuleContext c)
    {
        string name = m.Groups["m"].Value;
        // Capitalised month names only: "may" and "march" are common words.
        bool bare = m.Length == name.Length;
        // "Jan" and "Sept" without their full stop are names ("Jan Kavan") more often than months.
        if (!char.IsUpper(name[0]) || (bare && name.Length <= 4 && !name.EndsWith('.') && name is not ("June" or "July" or "May")) || (name is "May" or "March" && !m.Groups["y"].Success && m.Length == name.Length && c.WordBefore(m.Index) is not ("in" or "In" or "of" or "since" or "until" or "by" or "early" or "late")))
        {
            return null;
        }

        int month = MonthOf(name);
        int year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture)
            : m.Groups["ry"].Success ? c.Reference.Year + RelativeShift(m.Groups["ry"].Value)
            : m.Groups["rel2"].Success ? c.Reference.Year
            : YearByTense(c, month, m.Index, m.Index + m.Length);
        year += m.Groups["rel2"].Value.ToUpperInvariant() switch
        {
            "LAST" => month < c.Reference.Month ? 0 : -1,
            "NEXT" => month > c.Reference.Month ? 0 : 1,
            _ => 0,
        };
        return Timex.Date(Timex.FormatMonth(year, month), Mod(m.Groups["mod"].Value));
    }

    private static int YearByTense(RuleContext c, int month, int start, int end)
    {
        int tense = Tense.Of(c.Text, start, end);
        return Timex.YearOfMonth(c.Reference, month, tense, Reach(tense));
    }

    /// <summary>The TIMEX3 code of "morning", "afternoon", "evening" or "night".</summary>
    internal static string PartOfDay(string word) => word.ToUpperInvariant() switch
    {
        "MORNING" => "TMO",
        "AFTERNOON" => "TAF",
        "EVENING" => "TEV",
        _ => "TNI",
    };

    internal static int RelativeShift(string word) => word.ToUpperInvariant() switch
    {
        "LAST" or "PAST" or "PREVIOUS" => -1,
        "NEXT" or "COMING" => 1,
        _ => 0,
    };

    internal static string? Mod(string word) => string.Join(' ', word.ToUpperInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) switch
    {
        "" => null,
        "EARLY" or "EARLIER" or "THE BEGINNING OF" or "THE START OF" => "START",
        "MID" or "THE MIDDLE OF" => "MID",
        "ABOUT" or "AROUND" or "APPROXIMATELY" or "ROUGHLY" or "SOME" or "NEARLY" or "A COUPLE OF" or "COUPLE OF" => "APPROX",
        "ALMOST" or "LESS THAN" or "FEWER THAN" or "UNDER" or "JUST UNDER" or "SHORTLY BEFORE" => "LESS_THAN",
        "MORE THAN" or "OVER" or "JUST OVER" or "SHORTLY AFTER" => "MORE_THAN",
        "AT LEAST" => "EQUAL_OR_MORE",
        "UP TO" or "NO MORE THAN" => "EQUAL_OR_LESS",
        _ => "END",
    };

    private static TemporalValue? ResolveNumeric(Match m, RuleContext c)
    {
        int year = Timex.ExpandYear(int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture));
        int month = int.Parse(m.Groups["mo"].Value, CultureInfo.InvariantCulture);
        int day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        return Timex.IsValidDay(year, month, day) ? Timex.Day(new DateOnly(year, month, day)) : null;
    }

    private static TemporalValue? ResolveYear(Match m, RuleContext c)
    {
        // "$1990", "No. 1990", "1,990" and "2.1990" are amounts or labels, not years.
        char before = m.Index > 0 ? c.Text[m.Index - 1] : ' ';
        if (before is '$' or '#' or ',' or '.' or '/' or ':' || char.IsDigit(before) || c.WordBefore(m.Index) is "No" or "no" or "Nos" or "Route" or "Flight" or "flight" or "Boeing" or "Section")
        {
            return null;
        }

        return Timex.Date(m.Groups["y"].Value, Mod(m.Groups["mod"].Value));
    }

    private static TemporalValue? ResolveDayWord(Match m, RuleContext c)
    {
        string k = string.Join(' ', m.Groups["k"].Value.ToUpperInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        string? mod = Mod(m.Groups["mod"].Value);
        return k switch
        {
            "TONIGHT" => new TemporalValue(TemporalTypes.Time, Timex.FormatDay(c.Reference) + "TNI"),
            "YESTERDAY" => Timex.Date(Timex.FormatDay(c.Reference.AddDays(-1)), mod),
            "TOMORROW" => Timex.Date(Timex.FormatDay(c.Reference.AddDays(1)), mod),
            "THE DAY BEFORE YESTERDAY" => Timex.Day(c.Reference.AddDays(-2)),
            "THE DAY AFTER TOMORROW" => Timex.Day(c.Reference.AddDays(2)),
            _ => Timex.Date(Timex.FormatDay(c.Reference), mod),
        };
    }

    private static TemporalValue? ResolveWeekday(Match m, RuleContext c)
    {
        int weekday = WeekdayOf(m.Groups["wd"].Value);
        string rel = string.Join(' ', m.Groups["rel"].Value.ToUpperInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        DateOnly day = rel switch
        {
            "LAST" or "THIS PAST" or "THE PREVIOUS" => Timex.AdjacentWeekday(c.Reference, weekday, -1),
            "NEXT" or "COMING" or "THIS COMING" or "THE FOLLOWING" => Timex.AdjacentWeekday(c.Reference, weekday, 1),
            "THIS" => Timex.WeekdayInWeek(c.Reference, weekday, 0),
            _ => Timex.WeekdayByTense(c.Reference, weekday, Tense.Of(c.Text, m.Index, m.Index + m.Length)),
        };
        return Timex.Date(Timex.FormatDay(day), Mod(m.Groups["mod"].Value));
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
        // A bare "the second half" is as often a match's or a film's; "of the year" makes it the calendar's.
        if (!quarter && (n > 2 || (!m.Groups["y"].Success && !m.Groups["ry"].Success && !m.Groups["ty"].Success)))
        {
            return null;
        }

        // A half "of the year" is placed as its first quarter would be: "the second half of the year" in a March
        // story is last year's when the sentence speaks of the past, this year's otherwise.
        int year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture)
            : m.Groups["ry"].Success ? c.Reference.Year + RelativeShift(m.Groups["ry"].Value)
            : EnglishQuarters.YearOf(c, quarter ? n : (2 * n) - 1, m.Index, m.Index + m.Length);
        year -= m.Groups["ago"].Success ? 1 : 0;
        return Timex.Date(string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{(quarter ? 'Q' : 'H')}{n}"));
    }

    private static TemporalValue? ResolveDuration(Match m, RuleContext c)
    {
        string n = m.Groups["n"].Value.ToUpperInvariant();
        n = string.Join(' ', n.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        string? mod = null;
        string amount = n switch
        {
            "A" or "AN" => "1",
            "A COUPLE OF" or "COUPLE OF" => "2",
            "A FEW" or "FEW" or "SEVERAL" or "MANY" or "RECENT" or "COMING" => "X",
            _ when n.EndsWith(" 1/2", StringComparison.Ordinal) => n[..^4] + ".5",
            _ => ParseNumber(n.ToLowerInvariant())?.ToString(CultureInfo.InvariantCulture) ?? n,
        };
        mod ??= amount == "2" && n.Contains("COUPLE", StringComparison.Ordinal) ? "APPROX" : null;
        string u = m.Groups["u"].Value.ToUpperInvariant();
        string unit = u switch
        {
            _ when u.StartsWith("SEC", StringComparison.Ordinal) => "S",
            _ when u.StartsWith("MIN", StringComparison.Ordinal) => "MI",
            _ when u.StartsWith("HOUR", StringComparison.Ordinal) => "H",
            _ when u.StartsWith("DAY", StringComparison.Ordinal) => "D",
            _ when u.StartsWith("WEEK", StringComparison.Ordinal) => "W",
            _ when u.StartsWith("MONTH", StringComparison.Ordinal) => "M",
            _ when u.StartsWith("QUARTER", StringComparison.Ordinal) => "Q",
            _ when u.StartsWith("DECADE", StringComparison.Ordinal) => "DE",
            _ when u.StartsWith("CENTUR", StringComparison.Ordinal) => "CE",
            _ => "Y",
        };
        string ago = m.Groups["ago"].Value.ToUpperInvariant();
        // "a second term", "a second round": the ordinal, not one second.
        if (unit == "S" && amount == "1" && ago.Length == 0 && c.WordAfter(m.Index + m.Length) is { Length: > 0 } next && char.IsLetter(next[0])
            && next.ToUpperInvariant() is not ("LATER" or "EARLIER" or "BEFORE" or "AFTER" or "OR" or "AND" or "LONGER"))
        {
            return null;
        }

        // "three-quarters" is a fraction, not nine months.
        if ((amount == "X" && !m.Groups["u"].Value.EndsWith('s')) || (unit == "Q" && c.Text[m.Groups["u"].Index - 1] == '-'))
        {
            return null;
        }

        // "a few years ago", "several weeks ago": some point in the past, which TimeML writes PAST_REF.
        if (ago == "AGO" && amount == "X")
        {
            return Timex.Date("PAST_REF");
        }

        if ((ago == "AGO" || (ago is "EARLIER" or "BEFORE" && unit == "Y")) && int.TryParse(amount, CultureInfo.InvariantCulture, out int back)
            && unit is not ("H" or "MI" or "S"))
        {
            // "a year ago" in a report on a quarter is that quarter a year back (TimeBank's reading).
            if (unit == "Y" && back == 1 && EnglishQuarters.Mentioned(c, m.Index) is { } q)
            {
                return Timex.Date(Timex.FormatQuarter(q.Year - 1, q.Quarter), mod);
            }

            if (Timex.ShiftByDuration(c.Reference, unit == "DE" ? 'E' : unit[0], -back) is { } point)
            {
                return Timex.Date(point, mod);
            }
        }

        // "$1.76 a year", "twice a week": a rate recurs, a SET in TimeML.
        if (n is "A" or "AN" && ago.Length == 0 && IsRate(c, m))
        {
            return new TemporalValue(TemporalTypes.Set, Timex.Duration("1", unit));
        }

        return new TemporalValue(TemporalTypes.Duration, HalfOf(amount, unit) ?? Timex.Duration(amount, unit), mod);
    }

    private static TemporalValue? ResolveHalfUnit(Match m, RuleContext c) =>
        new(TemporalTypes.Duration, m.Groups["u"].Value.ToUpperInvariant() switch
        {
            "HOUR" => "PT30M",
            "DAY" => "PT12H",
            "YEAR" => "P6M",
            "DECADE" => "P5Y",
            _ => "P50Y",
        });

    private static bool IsRate(RuleContext c, Match m)
    {
        char before = c.CharBefore(m.Index);
        if (!char.IsAsciiDigit(before) && before != '%' && c.WordBefore(m.Index).ToUpperInvariant() is not
            ("TIMES" or "TWICE" or "ONCE" or "THRICE" or "PERCENT" or "MILLION" or "BILLION" or "DOLLARS" or "CENTS" or "BARRELS" or "TONS" or "POINTS"))
        {
            return false;
        }

        // "won 2-1 a day after the vote": a point, not a rate.
        return c.WordAfter(m.Index + m.Length).ToUpperInvariant() is not ("AFTER" or "LATER" or "BEFORE" or "EARLIER" or "AGO" or "OR");
    }

    // "2 1/2 years" is P2Y6M: a half written in the next smaller unit, as TimeBank writes it, where that unit is whole.
    private static string? HalfOf(string amount, string unit)
    {
        if (!amount.EndsWith(".5", StringComparison.Ordinal) || !int.TryParse(amount.AsSpan(0, amount.Length - 2), CultureInfo.InvariantCulture, out int whole))
        {
            return null;
        }

        string w = whole.ToString(CultureInfo.InvariantCulture);
        return unit switch
        {
            "Y" => whole == 0 ? "P6M" : "P" + w + "Y6M",
            "D" => whole == 0 ? "PT12H" : "P" + w + "DT12H",
            "H" => whole == 0 ? "PT30M" : "PT" + w + "H30M",
            "MI" => whole == 0 ? "PT30S" : "PT" + w + "M30S",
            _ => null,
        };
    }

    internal static int? ParseNumber(string text)
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
        string? mod = m.Groups["mod"].Success ? "APPROX" : null;
        if (m.Groups["k"].Success)
        {
            return new TemporalValue(TemporalTypes.Time, m.Groups["k"].Value.Equals("midnight", StringComparison.OrdinalIgnoreCase) ? "T00:00" : "T12:00", mod);
        }

        int hour = ParseNumber(m.Groups["h"].Value.ToLowerInvariant()) ?? -1;
        // "4 in the morning", "9 at night": the part of the day says which half of the clock.
        string part = m.Groups["dp"].Value.ToUpperInvariant();
        if (part.EndsWith("AFTERNOON", StringComparison.Ordinal) || part.EndsWith("EVENING", StringComparison.Ordinal) || (part.EndsWith("NIGHT", StringComparison.Ordinal) && hour >= 6))
        {
            hour = hour < 12 ? hour + 12 : hour;
        }
        else if (part.EndsWith("MORNING", StringComparison.Ordinal) || (part.Length > 0 && hour == 12))
        {
            hour %= 12;
        }

        int minute = m.Groups["mi"].Success ? int.Parse(m.Groups["mi"].Value, CultureInfo.InvariantCulture) : 0;
        bool pm = m.Groups["ap"].Value.StartsWith('p') || m.Groups["ap"].Value.StartsWith('P');
        if (m.Groups["ap"].Success)
        {
            hour = pm ? (hour % 12) + 12 : hour % 12;
        }

        string seconds = m.Groups["s"].Success ? ":" + m.Groups["s"].Value : string.Empty;
        return hour is < 0 or > 23 || minute > 59 ? null : new TemporalValue(TemporalTypes.Time, string.Create(CultureInfo.InvariantCulture, $"T{hour:D2}:{minute:D2}{seconds}"), mod);
    }

    private static TemporalValue? ResolveSet(Match m, RuleContext c)
    {
        if (m.Groups["wd"].Success)
        {
            // "on Fridays", "Tuesday nights": a weekday in the plural recurs.
            string part = m.Groups["tod"].Success ? PartOfDay(m.Groups["tod"].Value.TrimEnd('s', 'S')) : string.Empty;
            return new TemporalValue(TemporalTypes.Set, "XXXX-WXX-" + WeekdayOf(m.Groups["wd"].Value).ToString(CultureInfo.InvariantCulture) + part);
        }

        if (m.Groups["m"].Success)
        {
            return new TemporalValue(TemporalTypes.Set, string.Create(CultureInfo.InvariantCulture, $"XXXX-{MonthOf(m.Groups["m"].Value):D2}"));
        }

        string key = (m.Groups["u"].Success ? m.Groups["u"].Value : m.Groups["k"].Value).ToUpperInvariant();
        return new TemporalValue(TemporalTypes.Set, key switch
        {
            "DAY" or "DAILY" => "P1D",
            "WEEK" or "WEEKLY" => "P1W",
            "MONTH" or "MONTHLY" => "P1M",
            "HOUR" or "HOURLY" => "PT1H",
            "QUARTER" or "QUARTERLY" => "P1Q",
            "MORNING" => "XXXX-XX-XXTMO",
            "EVENING" => "XXXX-XX-XXTEV",
            "NIGHT" => "XXXX-XX-XXTNI",
            _ => "P1Y",
        });
    }
}
