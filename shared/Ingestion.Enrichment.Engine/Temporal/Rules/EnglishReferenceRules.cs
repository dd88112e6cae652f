using System.Globalization;
using System.Text.RegularExpressions;
using Ingestion.Contracts;
using static Ingestion.Enrichment.Engine.Temporal.Rules.EnglishRules;

namespace Ingestion.Enrichment.Engine.Temporal.Rules;

/// <summary>
/// English expressions beyond the calendar: the present, past and future references ("now", "recently", "the
/// future"), quarters a report refers back to, decades and centuries, spelled-out years, seasons, a part of a day,
/// and vague plural durations ("for years").
/// </summary>
internal static class EnglishReferenceRules
{
    private static readonly string[] s_tens = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];

    private static readonly string[] s_decadeTens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    private static readonly string[] s_decadeWords = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"];

    private static readonly string[] s_ones = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

    private static readonly string[] s_ordinals =
    [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth",
        "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
    ];

    private static readonly TemporalRule[] s_rules =
    [
        // now, currently, recently, in the past, the future, the near term
        new("(?:in\\s+)?(?<x>(?<k>right\\s+now|now|currently|nowadays|these\\s+days|at\\s+present|presently|recently|more\\s+recently|lately|the\\s+past(?!\\s+(?:[\\p{L}\\d-]+\\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centur(?:y|ies)|quarters?|summers?|winters?)(?![\\p{L}]))|the\\s+(?:near\\s+|distant\\s+)?future|the\\s+(?:near|short)\\s+term))",
            Options, ResolveReference, ["now", "currently", "nowadays", "days", "present", "presently", "recently", "lately", "past", "future", "term"], arabic: false),

        // the quarter, the latest quarter, the current quarter, the year-ago period, year-earlier
        new("(?:the\\s+)?(?<y>\\d{4})\\s+(?:fiscal\\s+)?(?<p>quarter|period)(?!\\s+(?:of|ended|ending))" +
            "|the\\s+(?:(?:same|comparable)\\s+)?(?<p>quarter|period)\\s+(?<k>a\\s+year\\s+(?:ago|earlier)|last\\s+year)|(?:(?:the|a)\\s+)?(?:(?<k>latest|current|recent|comparable|same|previous|prior|year-ago|year-earlier|comparable\\s+year-(?:ago|earlier))\\s+(?:fiscal\\s+)?(?<p>quarter|period)|(?<=the\\s+)(?<p>quarter)(?!\\s+(?:of|century|point|mile|hour|percent)))" +
            "|(?<k>year-(?:ago|earlier))(?!\\s+(?:quarter|period))",
            Options, ResolveQuarterReference, ["quarter", "period", "year"], arabic: false),

        // the 1990s, the mid-1980s, the '80s, the nineties
        new("(?:the\\s+)?(?:(?<mod>early|mid|late)[- ]?)?(?:(?<c>1\\d|20)(?<d>\\d)0'?s|'(?<d>\\d)0s)|the\\s+(?:(?<mod>early|mid|late)[- ]?)?(?<w>" + string.Join('|', s_decadeWords) + ")",
            Options, ResolveDecade, s_decadeWords, DigitTriggers.FourDigits, arabic: false),

        // the 20th century, the nineteenth century, the late 19th century (mod END)
        new("(?:the\\s+)?(?:(?<mod>early|mid|late)[- ])?(?:(?<n>\\d{1,2})(?:st|nd|rd|th)|(?<o>" + string.Join('|', s_ordinals) + "|twenty-first))\\s+century|(?<this>this)\\s+century",
            Options, ResolveCentury, ["century"], arabic: false),

        // nineteen ninety-six, the year two thousand
        new("(?:the\\s+year\\s+)?nineteen[- ](?<t>" + string.Join('|', s_decadeTens) + "|" + string.Join('|', s_tens) + ")(?:[- ](?<u>" + string.Join('|', s_ones) + "))?" +
            "|the\\s+year\\s+two\\s+thousand(?:\\s+(?:and\\s+)?(?<u2>" + string.Join('|', s_ones) + "))?",
            Options, ResolveSpelledYear, ["nineteen", "thousand"], arabic: false),

        // this summer, last fall, the winter of 1994, summer 1998
        new("(?:(?<rel>this\\s+past|this\\s+coming|this|last|next|the\\s+coming|the\\s+past|the)\\s+)?(?:(?<mod>early|late|mid)[- ]?)?(?<s>summer|fall|autumn|winter|spring)(?:\\s+(?:of\\s+)?(?<y>\\d{4}))?",
            Options, ResolveSeason, ["summer", "fall", "autumn", "winter", "spring"], arabic: false),

        // Friday morning, yesterday afternoon, this evening, last night
        new("(?:(?<mod>early|late)\\s+)?(?:(?:on\\s+)?" + Weekday + "|(?<k>yesterday|tomorrow|today|this|last))\\s+(?<tod>morning|afternoon|evening|night)",
            Options, ResolvePartOfDay, ["morning", "afternoon", "evening", "night"], arabic: false),

        // "struck overnight": the night before the reference date; "overnight rates" and "overnight loans" are money terms
        new("overnight(?!\\s+(?:rates?|loans?|funds?|interest|lending|deposits?|repos?|borrowing|money|market|trading|stays?|bags?|success|sensation|delivery|shipping))",
            Options, ResolveOvernight, ["overnight"], arabic: false),

        // the current fiscal year, the full year, year-end, the end (start, middle) of the year
        new("(?:the\\s+)?(?<k>current|full|latest|current\\s+fiscal|fiscal)\\s+year|(?<e>(?:the\\s+)?year(?:'s)?[- ]end|the\\s+end\\s+of\\s+the\\s+year)|(?<b>the\\s+(?:beginning|start)\\s+of\\s+the\\s+year)|(?<mi>the\\s+middle\\s+of\\s+the\\s+year)",
            Options, ResolveThisYear, ["year", "end", "beginning", "start", "middle"], arabic: false),

        // "net income for the year": the reference's year or week, which the report is about
        new("(?:for|during)\\s+(?<x>the\\s+(?<p>year|week))(?![\\p{L}\\p{Nd}-]|\\s+(?:ended|ending|to|before|after|ago|earlier|later|in\\s+which|when|that|of|since|following))",
            Options, ResolveTheYear, ["year", "week"], arabic: false),

        // "years ago", "decades ago": some time in the past, as "a few years ago" is
        new("(?<u>days|weeks|months|years|decades)\\s+ago", Options, (_, _) => Timex.Date("PAST_REF"), ["ago"], arabic: false),

        // the weekend, this weekend, last weekend
        new("(?:the|this|last|next)\\s+weekend", Options, ResolveWeekend, ["weekend"], arabic: false),

        // the past decade, the next century
        new("(?:the\\s+)?(?:past|last|next|coming|previous)\\s+(?<u>decade|century)", Options, ResolveDecadeDuration, ["decade", "century"], arabic: false),

        // Christmas, Thanksgiving, Easter week, last Election Day
        new(EnglishHolidays.Pattern, Options, EnglishHolidays.Resolve, EnglishHolidays.Triggers, arabic: false),

        // that day, the next day, the day before, later that year: anchored afterwards to the day or year named before
        new(EnglishAnaphora.Pattern, Options, EnglishAnaphora.Resolve, ["day", "year", "week", "month", "morning", "afternoon", "evening", "night"], arabic: false),

        // for years, in weeks, over decades, over the years: a bare plural unit is a vague duration
        new("(?:for|in|over|within|after|take|took|takes)\\s+(?<x>(?<u>years|months|weeks|days|decades|hours|minutes|centuries))(?!\\s+(?:old|of|ago|to|before|after))" +
            "|(?:over|through|throughout|during|in)\\s+(?<x>the\\s+(?<u>years|decades|centuries))(?!\\s+(?:old|of|ago|to|before|after|since|between|from|when|\\d))" +
            // "hours later", "the months ahead", "the years to come": as vague, with the future or past they point to left to the context
            "|(?<x>(?<u>minutes|hours|days|weeks|months|years|decades))(?=\\s+(?:later|earlier)(?![\\p{L}]))" +
            "|(?<x>the\\s+(?<u>days|weeks|months|years|decades)\\s+ahead)|(?<x>(?:the\\s+)?(?<u>days|weeks|months|years|decades)\\s+to\\s+come)",
            Options, ResolveVaguePlural, ["years", "months", "weeks", "days", "decades", "hours", "minutes", "centuries"], arabic: false),
    ];

    public static IReadOnlyList<TemporalRule> Rules => s_rules;

    private static string Key(Match m, string group) =>
        string.Join(' ', m.Groups[group].Value.ToUpperInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static TemporalValue? ResolveReference(Match m, RuleContext c)
    {
        string k = Key(m, "k");
        string value = k switch
        {
            "RECENTLY" or "MORE RECENTLY" or "LATELY" or "THE PAST" => "PAST_REF",
            _ when k.StartsWith("THE ", StringComparison.Ordinal) => "FUTURE_REF",
            _ => "PRESENT_REF",
        };
        // "now" as a discourse marker before a comma ("Now, ...") is still the present in TimeBank; "the past" before a
        // number is the start of a duration the longer rule takes.
        return Timex.Date(value);
    }

    private static TemporalValue? ResolveQuarterReference(Match m, RuleContext c)
    {
        string k = Key(m, "k");
        if (m.Groups["y"].Success)
        {
            // "the 1988 quarter": the quarter the report is about, in that year.
            int quarter = EnglishQuarters.Mentioned(c, m.Index)?.Quarter ?? Timex.QuarterOf(c.Reference.AddMonths(-3));
            return Timex.Date(Timex.FormatQuarter(int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), quarter));
        }

        // "the year-ago period", "the quarter a year ago", "the same period last year": the quarter of the report a year back.
        bool back = k.Contains("YEAR-", StringComparison.Ordinal) || k.Contains(" YEAR", StringComparison.Ordinal) || k == "COMPARABLE";
        if (k == "CURRENT")
        {
            return Timex.Date(Timex.FormatQuarter(c.Reference.Year, Timex.QuarterOf(c.Reference)));
        }

        (int Year, int Quarter)? mentioned = EnglishQuarters.Mentioned(c, m.Index);
        if (mentioned is not { } q)
        {
            if (m.Groups["p"].Value.Equals("period", StringComparison.OrdinalIgnoreCase) || !m.Groups["p"].Success)
            {
                return back ? Timex.Date(Timex.FormatYear(c.Reference.Year - 1)) : null;
            }

            // The latest finished quarter: what a report published now is about.
            DateOnly previous = c.Reference.AddMonths(-3);
            q = (previous.Year, Timex.QuarterOf(previous));
        }

        return Timex.Date(Timex.FormatQuarter(q.Year - (back ? 1 : 0), q.Quarter));
    }

    private static TemporalValue? ResolveDecade(Match m, RuleContext c)
    {
        string mod = EnglishRules.Mod(m.Groups["mod"].Value) ?? string.Empty;
        string value;
        if (m.Groups["w"].Success)
        {
            value = "19" + (Array.IndexOf(s_decadeWords, m.Groups["w"].Value.ToLowerInvariant()) + 2).ToString(CultureInfo.InvariantCulture);
        }
        else
        {
            string century = m.Groups["c"].Success ? m.Groups["c"].Value : "19";
            value = century + m.Groups["d"].Value;
            // "the 1800s" is the century (TimeML "18"); "the 2000s" stays the decade.
            if (m.Groups["c"].Success && value[2] == '0' && century != "20")
            {
                value = century;
            }
        }

        return value.Length is 2 or 3 ? Timex.Date(value, mod.Length == 0 ? null : mod) : null;
    }

    private static TemporalValue? ResolveCentury(Match m, RuleContext c)
    {
        if (m.Groups["this"].Success)
        {
            return Timex.Date((c.Reference.Year / 100).ToString("D2", CultureInfo.InvariantCulture));
        }

        int n = m.Groups["n"].Success ? int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture)
            : m.Groups["o"].Value.Equals("twenty-first", StringComparison.OrdinalIgnoreCase) ? 21
            : Array.IndexOf(s_ordinals, m.Groups["o"].Value.ToLowerInvariant()) + 1;
        return n is >= 1 and <= 30 ? Timex.Date((n - 1).ToString("D2", CultureInfo.InvariantCulture), Mod(m.Groups["mod"].Value)) : null;
    }

    private static TemporalValue? ResolveSpelledYear(Match m, RuleContext c)
    {
        if (!m.Groups["t"].Success)
        {
            int ones = m.Groups["u2"].Success ? Array.IndexOf(s_ones, m.Groups["u2"].Value.ToLowerInvariant()) + 1 : 0;
            return Timex.Date(Timex.FormatYear(2000 + ones));
        }

        string t = m.Groups["t"].Value.ToLowerInvariant();
        int tens = Array.IndexOf(s_decadeTens, t) is >= 0 and int i ? (i + 2) * 10 : Array.IndexOf(s_tens, t) + 10;
        int unit = m.Groups["u"].Success ? Array.IndexOf(s_ones, m.Groups["u"].Value.ToLowerInvariant()) + 1 : 0;
        return Timex.Date(Timex.FormatYear(1900 + tens + unit));
    }

    private static TemporalValue? ResolveSeason(Match m, RuleContext c)
    {
        string rel = Key(m, "rel");
        bool hasYear = m.Groups["y"].Success;
        if (rel.Length == 0 && !hasYear && c.WordBefore(m.Index) is not ("in" or "In" or "during" or "this" or "since" or "until" or "by"))
        {
            return null;
        }

        string s = m.Groups["s"].Value.ToUpperInvariant();
        string code = s switch
        {
            "SPRING" => "SP",
            "SUMMER" => "SU",
            "FALL" or "AUTUMN" => "FA",
            _ => "WI",
        };
        int year = hasYear ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : c.Reference.Year;
        if (!hasYear)
        {
            year += Timex.SeasonYearShift(code, c.Reference, rel switch
            {
                "LAST" or "THIS PAST" or "THE PAST" => -1,
                "NEXT" or "THIS COMING" or "THE COMING" => 1,
                _ => 0,
            });
        }

        return Timex.Date(Timex.FormatYear(year) + "-" + code, EnglishRules.Mod(m.Groups["mod"].Value));
    }

    private static TemporalValue? ResolvePartOfDay(Match m, RuleContext c)
    {
        string part = EnglishRules.PartOfDay(m.Groups["tod"].Value);
        DateOnly day;
        if (m.Groups["wd"].Success)
        {
            day = Timex.WeekdayByTense(c.Reference, WeekdayOf(m.Groups["wd"].Value), Tense.Of(c.Text, m.Index, m.Index + m.Length));
        }
        else
        {
            string k = Key(m, "k");
            if (k == "LAST" && part is "TMO" or "TAF")
            {
                // Only "last night" and "last evening" name a part of a day.
                return null;
            }

            day = c.Reference.AddDays(k switch
            {
                "YESTERDAY" or "LAST" => -1,
                "TOMORROW" => 1,
                _ => 0,
            });
        }

        return new TemporalValue(TemporalTypes.Time, Timex.FormatDay(day) + part, EnglishRules.Mod(m.Groups["mod"].Value));
    }

    private static TemporalValue? ResolveThisYear(Match m, RuleContext c) =>
        Timex.Date(Timex.FormatYear(c.Reference.Year), m.Groups["e"].Success ? "END" : m.Groups["b"].Success ? "START" : m.Groups["mi"].Success ? "MID" : null);

    private static TemporalValue? ResolveOvernight(Match m, RuleContext c) =>
        new(TemporalTypes.Time, Timex.FormatDay(c.Reference.AddDays(-1)) + "TNI");

    private static TemporalValue? ResolveTheYear(Match m, RuleContext c) =>
        Timex.Date(Key(m, "p") == "WEEK" ? Timex.FormatWeek(c.Reference) : Timex.FormatYear(c.Reference.Year));

    private static TemporalValue? ResolveWeekend(Match m, RuleContext c)
    {
        string first = m.Value[..m.Value.IndexOfAny([' ', '\t', '\n'])].ToUpperInvariant();
        int shift = first switch
        {
            "LAST" => -1,
            "NEXT" => 1,
            "THE" => Tense.Of(c.Text, m.Index, m.Index + m.Length) < 0 && Timex.IsoDayOfWeek(c.Reference) < 6 ? -1 : 0,
            _ => 0,
        };
        return Timex.Date(Timex.FormatWeek(c.Reference.AddDays(7 * shift)) + "-WE");
    }

    private static TemporalValue? ResolveDecadeDuration(Match m, RuleContext c) =>
        new(TemporalTypes.Duration, Key(m, "u") == "DECADE" ? "P10Y" : "P100Y");

    private static TemporalValue? ResolveVaguePlural(Match m, RuleContext c)
    {
        string unit = Key(m, "u") switch
        {
            "YEARS" => "Y",
            "MONTHS" => "M",
            "WEEKS" => "W",
            "DAYS" => "D",
            "DECADES" => "DE",
            "CENTURIES" => "CE",
            "HOURS" => "H",
            _ => "MI",
        };
        return new TemporalValue(TemporalTypes.Duration, Timex.Duration("X", unit));
    }
}
