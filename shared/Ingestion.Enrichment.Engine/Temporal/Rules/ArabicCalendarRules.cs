using System.Globalization;
using System.Text.RegularExpressions;
using static Ingestion.Enrichment.Engine.Temporal.Rules.ArabicPatterns;

namespace Ingestion.Enrichment.Engine.Temporal.Rules;

/// <summary>Calendar dates in Arabic: day-month-year, month-year, numeric dates, years, quarters, decades.</summary>
internal static class ArabicCalendarRules
{
    // Words after which a month name that is also a common word or name ("رمضان", "مارس") is read as the month.
    private static readonly HashSet<string> s_monthCues = new(StringComparer.Ordinal)
    {
        "في", "خلال", "منذ", "حتى", "شهر", "هذا", "مطلع", "بدايه", "نهايه", "منتصف", "اواخر", "اوائل", "اواسط", "قبل",
        "بعد", "من", "الي", "طيله", "طوال", "مستهل", "ختام", "اخر", "اول", "وسط", "غضون",
    };

    private static readonly HashSet<string> s_yearCues = new(StringComparer.Ordinal)
    {
        "في", "منذ", "حتى", "قبل", "بعد", "خلال", "موسم", "بحلول", "مطلع", "بدايه", "نهايه", "منتصف", "اواخر", "اوائل", "عام",
        "سنه", "العام", "لعام", "ولعام", "وفي", "ومنذ", "وحتى", "طيله", "طوال", "مستهل", "ختام", "عامي", "العامين", "سنتي",
        // "في اعوام 2015 و2016": the plural names the years that follow
        "اعوام", "الاعوام", "لاعوام", "سنوات", "السنوات",
        // "العام المالي 2014", "العام الدراسي 2015": the year a budget or a school year is named by
        "المالي", "الدراسي",
    };

    // Words that put an amount after them ("بلغ 2015", "نحو 2015", "رقم 2015"): a number there is a count, not a year.
    private static readonly HashSet<string> s_amountCues = new(StringComparer.Ordinal)
    {
        "بلغ", "بلغت", "يبلغ", "تبلغ", "نحو", "حوالي", "قرابه", "زهاء", "الي", "من", "عن", "علي", "مقابل", "رقم", "الرقم",
        "عدد", "العدد", "اجمالي", "مجموع", "بين", "او", "قدره", "قدرها", "قيمته", "قيمتها", "وصل", "وصلت", "ارتفع",
        "ارتفعت", "انخفض", "انخفضت", "سجل", "سجلت", "اكثر", "اقل", "مبلغ", "بواقع", "اصل", "المركز", "صفحه", "ص", "ب",
        "هاتف", "جوال", "فاكس", "حساب", "المبلغ", "قيمه", "عددها", "عددهم", "بعدد", "ريال", "دولار",
    };

    /// <summary>A decade by its tens ("السبعينيات", "الثمانينات من القرن الماضي"): groups <c>dec</c> and <c>o</c>.</summary>
    public const string DecadeExpression =
        "(?:ال)?(?<dec>عشرين|ثلاثين|اربعين|خمسين|ستين|سبعين|ثمانين|تسعين)(?:يات|ات)(?:\\s+(?:من\\s+)?(?:ال)?قرن\\s+(?<o>الماضي|العشرين|التاسع\\s+عشر|الثامن\\s+عشر))?";

    public static readonly string MonthExpression =
        "(?:(?:هذا\\s+)?شهر\\s+|هذا\\s+)?" + Month +
        "(?:" + YearTail + "|\\s+(?:من\\s+)?(?<rel>" + Rel + ")|\\s+(?:من\\s+)?(?<ry>" + RelativeYear + "))?";

    /// <summary>"الاثنين 12 يناير 2016", "14 يوليو المقبل", "الثاني والعشرين من شهر مايو لهذا العام".</summary>
    public static readonly string DayMonthExpression =
        "(?:" + Weekday + "\\s*[،,]?\\s*)?" + DayNumber + "(?:\\s+من)?\\s*-?\\s*(?:شهر\\s+)?" + Month +
        "(?:" + YearTail + "|\\s+(?<rel>" + Rel + ")|\\s+(?:من\\s+)?ل?(?<ry>" + RelativeYear + "))?";

    // The second end of a range whose year is written once, after it: "بين سبتمبر وديسمبر 2014", "من 8 مايو الي 19 يونيو 2014".
    private static readonly Regex s_rangeEnd = new(
        "\\G\\s*(?:[-–]|و|الي|حتي)\\s*(?:(?:\\d{1,2}|" + ArabicNumbers.Ordinal + ")\\s+(?:من\\s+)?)?(?:شهر\\s+)?(?<m2>" + ArabicVocabulary.Month + ")" +
        "(?:\\s*[/(]\\s*(?:" + ArabicVocabulary.Month + ")\\s*\\)?)?\\s*[،,]?\\s*(?:من\\s+)?(?:(?:عام|العام|سنه)\\s+)?(?<y>\\d{4})(?!\\d)",
        RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    // A year stated earlier in the same sentence: "في عام 2013 ... وفي 14 اغسطس".
    private static readonly Regex s_statedYear = new("(?<![\\d.,])(?<y>(?:19|20)\\d{2})(?![\\d%٪]|[.,]\\d)",
        RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.RightToLeft);

    // Political blocs named after a date: "فريق 8 اذار", "قوي 14 اذار".
    private static readonly HashSet<string> s_blocs = new(StringComparer.Ordinal) { "فريق", "قوي", "تيار", "تحالف", "حركه", "معسكر" };

    private const int StatedYearReach = 150;

    public static readonly string YearExpression =
        "(?:(?:عام|العام|سنه|السنه)\\s+(?:(?<y>\\d{3,4})|(?<yw>" + ArabicNumbers.Cardinal + "))" + Era +
        "|(?<y>\\d{4})\\s*(?<era>هجريه|هجري|للهجره|ه|ميلاديه|ميلادي|للميلاد|م)(?![\\p{L}]))";

    private static readonly TemporalRule[] s_rules =
    [
        // 29 يوليو 2021, الاثنين 12 يناير 2016, الرابع من مايو, 1 كانون الثاني, 28-نوفمبر
        new("(?:يوم\\s+)?(?<x>" + DayMonthExpression + ")",
            RegexOptions.None, ResolveDayMonth, ArabicVocabulary.MonthTriggers,
            start: new StartGuard(["يوم", .. ArabicVocabulary.WeekdayTriggers, .. ArabicNumbers.OrdinalWords], digits: true)),

        // يناير 1, مايو الحادي عشر, سبتمبر 10، الف وتسعمائه وواحد
        new("(?:يوم\\s+)?(?<x>(?:" + Weekday + "\\s*[،,]?\\s*)?" + Month + "\\s+" + DayNumber + YearTail + "?)",
            RegexOptions.None, ResolveDayMonth, ArabicVocabulary.MonthTriggers,
            start: new StartGuard(["يوم", .. ArabicVocabulary.WeekdayTriggers, .. ArabicVocabulary.MonthTriggers], digits: false)),

        // يناير 2001, شهر مايو, نوفمبر الجاري, يونيو العام المقبل, رمضان 1442 ه
        new(MonthExpression, RegexOptions.None, ResolveMonth, ArabicVocabulary.MonthTriggers,
            start: new StartGuard(["هذا", "شهر", .. ArabicVocabulary.MonthTriggers], digits: false)),

        // 29/7/2021, 2021-07-29, 9-18-15, and forms spaced around the slash or hyphen as official notices print them,
        // with an optional weekday and era: "الأحد 22 / 11 / 1436هـ" (a Hijri date), "6 / 9 / 2015",
        // "السبت 1 - 5 - 1433هـ الموافق 24 - 3 - 2012م" (spaced hyphens only before a four-digit year: "3 - 1" is a score).
        new("(?<x>(?:" + Weekday + "\\s*[،,]?\\s*)?(?<a>\\d{1,4})(?:(?<sep>[/\\-.])(?<b>\\d{1,2})\\k<sep>|\\s?/\\s?(?<b>\\d{1,2})\\s?/\\s?|\\s?[-–]\\s?(?<b>\\d{1,2})\\s?[-–]\\s?(?=\\d{4}))(?<c>\\d{2,4})(?![/\\-.]?\\d)" + Era + ")",
            RegexOptions.None, ResolveNumericDate, [], DigitTriggers.DateSeparator),

        // The first year of a Hijri range, "1435 - 1436 هـ": the era written once after the second year is both's.
        new("(?<y>1[34]\\d{2})(?=\\s*[-–]\\s*1[34]\\d{2}\\s*(?:هجريه|هجري|للهجره|ه)(?![\\p{L}]))", RegexOptions.None, ResolveHijriRangeStart, [], DigitTriggers.FourDigits),

        // 21 مارس من كل عام, الاول من يناير كل سنه: a day that comes back every year is one SET (XXXX-03-21)
        new(DayNumber + "(?:\\s+من)?\\s+(?:شهر\\s+)?(?<m>" + ArabicVocabulary.Month + ")\\s+(?:من\\s+)?كل\\s+(?:عام|سنه)",
            RegexOptions.None, ResolveYearlyDay, ArabicVocabulary.MonthTriggers,
            start: new StartGuard([.. ArabicNumbers.OrdinalWords], digits: true)),

        // شهر (9), شهر 12: a month by its number, as Gulf writing and rankings name it; not a count of something
        // ("شهر 3 ايام") nor a date ("شهر 9/2012" is the numeric rule's)
        new("شهر\\s*(?:\\(\\s*(?<mn>\\d{1,2})\\s*\\)|(?<mn>\\d{1,2})(?![\\d/.:\\-]|\\s*(?:" + ArabicVocabulary.Unit + ")(?![\\p{L}])))",
            RegexOptions.None, ResolveMonthNumber, ["شهر"]),

        // يوم 22/4, في 4/22: day and month without a year, only after a cue (bare "22/4" is too often a score)
        new("(?<a>\\d{1,2})/(?<b>\\d{1,2})(?![/\\d])", RegexOptions.None, ResolveDayMonthNumeric, [], DigitTriggers.DateSeparator),

        // الصيف, هذا الشتاء, صيف 2016, الربيع القادم (not "الربيع العربي")
        new("(?:هذا\\s+)?(?<s>(?:ال)?(?:صيف|شتاء|ربيع|خريف))(?!\\s+العربي)(?:\\s+(?:عام\\s+)?(?<y>\\d{4})|\\s+(?<rel>" + Rel + "))?",
            RegexOptions.None, ResolveSeason, ["الصيف", "صيف", "الشتاء", "شتاء", "الربيع", "ربيع", "الخريف", "خريف"]),

        // عام 2020, 2020م, 1442 هـ, عام الفين وعشرين
        new(YearExpression, RegexOptions.None, ResolveYear, ["عام", "العام", "سنه", "السنه"], DigitTriggers.FourDigits),

        // 2020 after a cue word, or standing alone at the end of a line (headline furniture), or at either end of a
        // range of years ("2014 - 2015", "موسم 2006 / 2007"); an older year ("ولد في 1877)") only after a cue.
        new("(?<y>(?:1[0-9]|20)\\d{2})(?![\\d%٪]|[.,]\\d)", RegexOptions.None, ResolveBareYear, [], DigitTriggers.FourDigits),

        // الربع الاخير من العام الجاري, النصف الاول من 2020, 2016 الربع الثالث
        new("(?:(?<y>\\d{4})\\s+)?(?<k>الربع|النصف)\\s+(?<o>الاول|الثاني|الثالث|الرابع|الاخير)" +
            "(?:\\s+(?:من|في)\\s+(?:(?:عام|العام|سنه)\\s+)?(?<y>\\d{4})(?!\\d)|\\s+(?:من\\s+)?(?<ry>" + RelativeYear + ")|\\s+(?:من\\s+)?(?:عام|العام|سنه)\\s+(?<yw>" + YearWords + ")" +
            "|\\s+(?:من|في)\\s+(?<cy>العام|السنه)(?![\\p{L}]))?",
            RegexOptions.None, ResolvePart, ["الربع", "النصف"]),

        // الاشهر السته الاولي من هذا العام (2018-H1), الاشهر الثلاثه الاخيره من 2017 (2017-Q4)
        new("(?:ال)?(?:اشهر|شهور)\\s+(?<c>الثلاثه|السته)\\s+(?<o>الاولي|الاخيره)\\s+(?:من|في)\\s+(?:(?:عام|العام|سنه)\\s+)?(?:(?<y>\\d{4})(?!\\d)|(?<ry>" + RelativeYear + "))",
            RegexOptions.None, ResolveMonthsOfYear, ["الاشهر", "اشهر", "الشهور", "شهور"]),

        // السبعينيات, التسعينات من القرن الماضي
        new(DecadeExpression, RegexOptions.None, ResolveDecade, DecadeWords()),

        // القرن العشرين, القرن الحادي والعشرين, القرن الماضي
        new("(?:ال|لل)قرن\\s+(?:(?<o>" + ArabicNumbers.Ordinal + ")|(?<rel>الماضي|الحالي|الجاري))", RegexOptions.None, ResolveCentury, ["القرن", "قرن"]),
    ];

    public static IReadOnlyList<TemporalRule> Rules => s_rules;

    private static IEnumerable<string> DecadeWords() =>
        from tens in new[] { "عشرين", "ثلاثين", "اربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين" }
        from suffix in new[] { "يات", "ات" }
        from article in new[] { "", "ال" }
        select article + tens + suffix;

    /// <summary>The value of a month expression, also used under modifiers ("نهايه نوفمبر الجاري").</summary>
    public static TemporalValue? ResolveMonth(Match m, RuleContext context) => ResolveMonth(m, context, cued: false);

    public static TemporalValue? ResolveMonth(Match m, RuleContext context, bool cued)
    {
        string name = m.Groups["m"].Value;
        (int month, bool hijri) = ArabicVocabulary.MonthOf(name);
        bool bare = m.Length == name.Length;
        if (bare && !cued && ArabicVocabulary.IsRiskyMonth(name) && !s_monthCues.Contains(context.WordBefore(m.Index)))
        {
            return null;
        }

        if (bare && char.IsDigit(context.CharBefore(m.Index)))
        {
            // A day number the day-month rule turned down ("فريق (8 اذار)"): not a month either.
            int digits = m.Index;
            while (digits > 0 && !char.IsDigit(context.Text[digits - 1]))
            {
                digits--;
            }

            while (digits > 0 && char.IsDigit(context.Text[digits - 1]))
            {
                digits--;
            }

            if (IsBloc(context, digits))
            {
                return null;
            }
        }

        DateOnly reference = context.Reference;
        int year;
        bool hasYear = TryYear(m, out int written);
        if (hijri)
        {
            int hijriYear = hasYear ? written : HijriDates.YearOfMonth(reference, month, m.Groups["rel"].Success ? ArabicVocabulary.Direction(m.Groups["rel"].Value) : 0);
            if (!HijriDates.InRange(hijriYear))
            {
                return hasYear ? Timex.Date(Timex.FormatYear(written)) : null;
            }

            DateOnly? middle = HijriDates.MonthMiddle(hijriYear, month);
            return middle is { } d ? Timex.Date(Timex.FormatMonth(d.Year, d.Month)) : null;
        }

        if (hasYear)
        {
            year = written;
        }
        else if (m.Groups["ry"].Success)
        {
            year = reference.Year + YearShift(m.Groups["ry"].Value);
        }
        else if (m.Groups["rel"].Success)
        {
            int direction = ArabicVocabulary.Direction(m.Groups["rel"].Value);
            year = reference.Year + direction switch
            {
                < 0 => month < reference.Month ? 0 : -1,
                > 0 => month > reference.Month ? 0 : 1,
                _ => 0,
            };
        }
        else
        {
            year = ContextYear(context, m.Index, m.Index + m.Length, month) ?? reference.Year;
        }

        return Timex.Date(Timex.FormatMonth(year, month));
    }

    /// <summary>
    /// The year the text gives a month written without one: the year after the range's second end ("بين سبتمبر
    /// وديسمبر 2014"; a year earlier when the first month comes later in the calendar), else a year stated earlier in the
    /// sentence when it does not speak of the future ("في عام 2013 ... في 14 اغسطس").
    /// </summary>
    public static int? ContextYear(RuleContext context, int start, int end, int month)
    {
        string text = context.Text;
        if (s_rangeEnd.Match(text, end) is { Success: true } range)
        {
            (int second, bool hijri) = ArabicVocabulary.MonthOf(range.Groups["m2"].Value);
            int year = int.Parse(range.Groups["y"].Value, CultureInfo.InvariantCulture);
            return hijri ? null : month > second ? year - 1 : year;
        }

        int from = start;
        while (from > 0 && start - from < StatedYearReach && !Tense.IsSentenceEnd(text, from - 1))
        {
            from--;
        }

        // Only a year the narrative is placed in ("في 2013", "عام 2013"), not one that names a thing ("ارباح 2014").
        if (s_statedYear.Match(text, from, start - from) is { Success: true } stated && s_yearCues.Contains(context.WordBefore(stated.Index))
            && Tense.Of(text, start, end) <= 0)
        {
            int year = int.Parse(stated.Groups["y"].Value, CultureInfo.InvariantCulture);
            return year <= context.Reference.Year ? year : null;
        }

        return null;
    }

    /// <summary>
    /// The year the story last placed itself in before <paramref name="start"/> ("في عام 1940 ... ذلك العام"), within
    /// <paramref name="reach"/> characters; only a year after a cue word ("عام 2004", "في 2013"), not a count.
    /// </summary>
    public static int? YearBefore(RuleContext context, int start, int reach)
    {
        int from = Math.Max(0, start - reach);
        for (Match stated = s_statedYear.Match(context.Text, from, start - from); stated.Success; stated = stated.NextMatch())
        {
            if (s_yearCues.Contains(context.WordBefore(stated.Index)))
            {
                return int.Parse(stated.Groups["y"].Value, CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    /// <summary>The year shift of "العام الجاري" (0), "العام المقبل" (+1), "العام قبل الماضي" (-2).</summary>
    public static int YearShift(string relativeYear)
    {
        string last = relativeYear[(relativeYear.LastIndexOf(' ') + 1)..];
        int direction = ArabicVocabulary.Direction(last);
        bool twice = relativeYear.Contains(" بعد ", StringComparison.Ordinal) || relativeYear.Contains(" قبل ", StringComparison.Ordinal);
        return twice ? 2 * direction : direction;
    }

    public static bool TryYear(Match m, out int year)
    {
        year = 0;
        if (m.Groups["y"].Success)
        {
            year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
            return true;
        }

        if (m.Groups["yw"].Success && ArabicNumbers.ParseCardinal(m.Groups["yw"].Value) is { } spelled)
        {
            year = spelled;
            return true;
        }

        return false;
    }

    public static TemporalValue? ResolveDayMonth(Match m, RuleContext context)
    {
        if (IsBloc(context, m.Index))
        {
            return null;
        }

        int? day = m.Groups["d"].Success ? int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture) : ArabicNumbers.ParseOrdinal(m.Groups["do"].Value);
        (int month, bool hijri) = ArabicVocabulary.MonthOf(m.Groups["m"].Value);
        if (day is not { } dd)
        {
            return null;
        }

        bool hasYear = TryYear(m, out int year);
        if (hijri)
        {
            int hy = hasYear ? year : HijriDates.YearOfMonth(context.Reference, month, m.Groups["rel"].Success ? ArabicVocabulary.Direction(m.Groups["rel"].Value) : 0, dd);
            return HijriDates.ToGregorian(hy, month, dd) is { } g ? Timex.Day(g) : null;
        }

        // "14 يوليو المقبل", "5 ابريل الماضي", "26 مايو الحالي": the qualifier settles the year as for a bare month.
        int tense = m.Groups["rel"].Success ? ArabicVocabulary.Direction(m.Groups["rel"].Value) : Tense.Of(context.Text, m.Index, m.Index + m.Length);
        year = hasYear ? year
            : m.Groups["ry"].Success ? context.Reference.Year + YearShift(m.Groups["ry"].Value)
            : m.Groups["rel"].Success && tense == 0 ? context.Reference.Year
            : !m.Groups["rel"].Success && ContextYear(context, m.Index, m.Index + m.Length, month) is { } given ? given
            : Timex.YearOfMonth(context.Reference, month, tense);
        return Timex.IsValidDay(year, month, dd) ? Timex.Day(new DateOnly(year, month, dd)) : null;
    }

    // "(8 اذار)" after "فريق": the name of a bloc, not a day.
    private static bool IsBloc(RuleContext context, int index)
    {
        int at = context.CharBefore(index) == '(' ? context.Text.LastIndexOf('(', index - 1) : index;
        return s_blocs.Contains(context.WordBefore(at));
    }

    private static TemporalValue? ResolveNumericDate(Match m, RuleContext context)
    {
        string a = m.Groups["a"].Value;
        int first = int.Parse(a, CultureInfo.InvariantCulture);
        int second = int.Parse(m.Groups["b"].Value, CultureInfo.InvariantCulture);
        int third = int.Parse(m.Groups["c"].Value, CultureInfo.InvariantCulture);
        if (a.Length == 4)
        {
            return Timex.IsValidDay(first, second, third) ? Timex.Day(new DateOnly(first, second, third)) : null;
        }

        if (a.Length == 3)
        {
            return null;
        }

        // Arabic writes day/month; a first field over 12 or a second over 12 settles it either way.
        (int day, int month) = second > 12 ? (second, first) : (first, second);
        if (IsHijri(m.Groups["era"].Value) || (m.Groups["c"].Length == 4 && HijriDates.InRange(third) && third > 1400))
        {
            // A Hijri year (1436), with or without its era: "22 / 11 / 1436هـ" is Umm al-Qura 22 Dhu al-Qa'dah.
            return HijriDates.ToGregorian(third, month, day) is { } hijri ? Timex.Day(hijri) : null;
        }

        int year = Timex.ExpandYear(third);
        return Timex.IsValidDay(year, month, day) ? Timex.Day(new DateOnly(year, month, day)) : null;
    }

    private static TemporalValue? ResolveYearlyDay(Match m, RuleContext context)
    {
        (int month, bool hijri) = ArabicVocabulary.MonthOf(m.Groups["m"].Value);
        int? day = m.Groups["d"].Success ? int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture) : ArabicNumbers.ParseOrdinal(m.Groups["do"].Value);
        // 2024 is a leap year: any day the month can have.
        return hijri || day is not { } d || !Timex.IsValidDay(2024, month, d) ? null
            : new TemporalValue(Ingestion.Contracts.TemporalTypes.Set, string.Create(CultureInfo.InvariantCulture, $"XXXX-{month:D2}-{d:D2}"));
    }

    private static TemporalValue? ResolveMonthNumber(Match m, RuleContext context)
    {
        int month = int.Parse(m.Groups["mn"].Value, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12)
        {
            return null;
        }

        int year = ContextYear(context, m.Index, m.Index + m.Length, month)
            ?? Timex.YearOfMonth(context.Reference, month, Tense.Of(context.Text, m.Index, m.Index + m.Length));
        return Timex.Date(Timex.FormatMonth(year, month));
    }

    private static TemporalValue? ResolveHijriRangeStart(Match m, RuleContext context) =>
        HijriDates.GregorianYearOf(int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture)) is { } g ? Timex.Date(Timex.FormatYear(g)) : null;

    private static bool IsHijri(string era) => era is "ه" or "هجري" or "هجريه" or "للهجره";

    private static TemporalValue? ResolveDayMonthNumeric(Match m, RuleContext context)
    {
        if (context.WordBefore(m.Index) is not ("في" or "يوم" or "بتاريخ" or "الموافق" or "عند" or "منذ" or "حتي"))
        {
            return null;
        }

        int first = int.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture);
        int second = int.Parse(m.Groups["b"].Value, CultureInfo.InvariantCulture);
        (int day, int month) = second > 12 ? (second, first) : (first, second);
        int year = context.Reference.Year;
        return Timex.IsValidDay(year, month, day) ? Timex.Day(new DateOnly(year, month, day)) : null;
    }

    private static TemporalValue? ResolveSeason(Match m, RuleContext context)
    {
        string season = m.Groups["s"].Value.StartsWith("ال", StringComparison.Ordinal) ? m.Groups["s"].Value[2..] : m.Groups["s"].Value;
        string code = season switch
        {
            "صيف" => "SU",
            "شتاء" => "WI",
            "ربيع" => "SP",
            _ => "FA",
        };
        if (m.Length == m.Groups["s"].Length && !m.Value.StartsWith("ال", StringComparison.Ordinal))
        {
            // A bare indefinite "ربيع" is usually a name or "a spring"; the month "ربيع الاول" is the month rule's.
            return null;
        }

        int year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture)
            : context.Reference.Year + Timex.SeasonYearShift(code, context.Reference, m.Groups["rel"].Success ? ArabicVocabulary.Direction(m.Groups["rel"].Value) : 0);
        return Timex.Date(Timex.FormatYear(year) + "-" + code);
    }

    private static TemporalValue? ResolveYear(Match m, RuleContext context)
    {
        if (!TryYear(m, out int year) || (m.Groups["yw"].Success && year < 100))
        {
            return null;
        }

        string era = m.Groups["era"].Value;
        if (IsHijri(era))
        {
            return HijriDates.GregorianYearOf(year) is { } g ? Timex.Date(Timex.FormatYear(g)) : null;
        }

        // "1200م" without "عام" is more often 1200 metres than the year 1200.
        return era is "م" && year is < 1800 or > 2100 && !m.Value.StartsWith('ع') ? null : Timex.Date(Timex.FormatYear(year));
    }

    private static TemporalValue? ResolveBareYear(Match m, RuleContext context)
    {
        char before = context.CharBefore(m.Index);
        char after = context.CharAfter(m.Index + m.Length);
        bool cue = s_yearCues.Contains(context.WordBefore(m.Index)) && !char.IsDigit(before);
        if (!m.Value.StartsWith("19", StringComparison.Ordinal) && !m.Value.StartsWith("20", StringComparison.Ordinal))
        {
            // Before 1900 a four-digit number is more often a count ("1500 ريال"): a cue and nothing after but punctuation.
            return cue && !char.IsLetterOrDigit(after) && after != '\n' ? Timex.Date(m.Value) : null;
        }

        bool standalone = before is '|' or '(' or '\n' or '-' or '/' && after is '\n' or '|' or ')' or '.' or '،' or ',' or '-' or '–';
        // A timeline entry opening a sentence: ". 1969- مقتل ...".
        bool entry = before is '.' && m.Index >= 2 && context.Text[m.Index - 1] == ' ' && after is '-' or '–';
        // The second of two years: "عامي 2013 و2014", "2013 و 2014".
        bool second = context.WordBefore(m.Index) == "و" && m.Index >= 6 && char.IsAsciiDigit(context.CharBefore(m.Index - 1 - (context.Text[m.Index - 1] == ' ' ? 1 : 0)));
        return cue || standalone || entry || second || IsEditionYear(context, m, before, after) || InYearRange(context.Text, m.Index, m.Index + m.Length) ? Timex.Date(m.Value) : null;
    }

    // "«البرنامج الصيفي 2015»", "الملتقى المقام ببلجيكا 2015،", "مونديال 2022.": a year written after the name of an
    // event, a programme or a place it dates, closing the phrase. A count closes a phrase too ("بلغ عددهم 2015."), so
    // the word before must not be one that introduces an amount, and the year must lie near the article's own (an
    // edition is named for this year or one soon to come or just gone).
    private static bool IsEditionYear(RuleContext context, Match m, char before, char after)
    {
        int year = int.Parse(m.Value, CultureInfo.InvariantCulture);
        if (year < context.Reference.Year - 3 || year > context.Reference.Year + 8 || !char.IsLetter(before)
            || after is not ('»' or '"' or '”' or '،' or ',' or '.' or ')' or '\n' or '؛' or ';' or ':'))
        {
            return false;
        }

        // Only a space between the word and the year ("بلجيكا 2015"), not a word glued to it ("بـ2015").
        if (m.Index == 0 || context.Text[m.Index - 1] != ' ')
        {
            return false;
        }

        // The amount's cue can stand a few words back ("بلغ عدد الزوار 2015،").
        int at = m.Index;
        for (int i = 0; i < 3; i++)
        {
            string word = context.WordBefore(at);
            if (word.Length == 0)
            {
                return i > 0;
            }

            string bare = word.Length > 3 && word[0] is 'و' or 'ف' or 'ب' or 'ل' ? word[1..] : word;
            if (s_amountCues.Contains(word) || s_amountCues.Contains(bare))
            {
                return false;
            }

            at = context.Text.LastIndexOf(word, at - 1, StringComparison.Ordinal);
        }

        return true;
    }

    // "2014 - 2015", "2006 / 2007": either end of a range of two years.
    private static bool InYearRange(string text, int start, int end)
    {
        int i = end;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        if (i < text.Length && text[i] is '-' or '–' or '/')
        {
            i++;
            while (i < text.Length && text[i] == ' ')
            {
                i++;
            }

            if (IsYearAt(text, i))
            {
                return true;
            }
        }

        int j = start - 1;
        while (j >= 0 && text[j] == ' ')
        {
            j--;
        }

        if (j >= 0 && text[j] is '-' or '–' or '/')
        {
            j--;
            while (j >= 0 && text[j] == ' ')
            {
                j--;
            }

            return j >= 3 && IsYearAt(text, j - 3);
        }

        return false;
    }

    private static bool IsYearAt(string text, int i) =>
        i >= 0 && i + 4 <= text.Length && (text[i] == '1' && text[i + 1] == '9' || text[i] == '2' && text[i + 1] == '0')
        && char.IsAsciiDigit(text[i + 2]) && char.IsAsciiDigit(text[i + 3])
        && (i == 0 || !char.IsAsciiDigit(text[i - 1])) && (i + 4 == text.Length || !char.IsAsciiDigit(text[i + 4]));

    private static TemporalValue? ResolvePart(Match m, RuleContext context)
    {
        bool quarter = m.Groups["k"].Value == "الربع";
        int n = m.Groups["o"].Value switch
        {
            "الاول" => 1,
            "الثاني" => 2,
            "الثالث" => 3,
            "الرابع" => 4,
            _ => quarter ? 4 : 2,
        };
        int year;
        if (TryYear(m, out int written))
        {
            year = written;
        }
        else if (m.Groups["ry"].Success)
        {
            year = context.Reference.Year + YearShift(m.Groups["ry"].Value);
        }
        else if (quarter || m.Groups["cy"].Success)
        {
            // "الربع الثالث", "النصف الاول من العام": the reference year.
            year = context.Reference.Year;
        }
        else
        {
            // "النصف الثاني" alone is a match half far more often than half a year.
            return null;
        }

        if (!quarter && n > 2)
        {
            return null;
        }

        return Timex.Date(string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{(quarter ? 'Q' : 'H')}{n}"));
    }

    private static TemporalValue? ResolveMonthsOfYear(Match m, RuleContext context)
    {
        int year = TryYear(m, out int written) ? written : context.Reference.Year + YearShift(m.Groups["ry"].Value);
        bool first = m.Groups["o"].Value == "الاولي";
        string part = m.Groups["c"].Value == "السته" ? (first ? "H1" : "H2") : (first ? "Q1" : "Q4");
        return Timex.Date(Timex.FormatYear(year) + "-" + part);
    }

    public static TemporalValue? ResolveDecade(Match m, RuleContext context)
    {
        int tens = ArabicNumbers.ParseCardinal(m.Groups["dec"].Value) ?? 0;
        int century = m.Groups["o"].Value switch
        {
            "التاسع عشر" => 18,
            "الثامن عشر" => 17,
            _ => 19,
        };
        return Timex.Date(string.Create(CultureInfo.InvariantCulture, $"{century:D2}{tens / 10}"));
    }

    private static TemporalValue? ResolveCentury(Match m, RuleContext context)
    {
        int? ordinal = m.Groups["o"].Success ? ArabicNumbers.ParseOrdinal(m.Groups["o"].Value) : null;
        int current = ((context.Reference.Year - 1) / 100) + 1;
        int century = ordinal ?? (m.Groups["rel"].Value == "الماضي" ? current - 1 : current);
        return century is >= 1 and <= 30 ? Timex.Date((century - 1).ToString("D2", CultureInfo.InvariantCulture)) : null;
    }
}
