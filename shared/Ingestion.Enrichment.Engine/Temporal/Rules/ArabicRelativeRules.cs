using System.Text.RegularExpressions;
using Ingestion.Contracts;
using static Ingestion.Enrichment.Engine.Temporal.Rules.ArabicPatterns;

namespace Ingestion.Enrichment.Engine.Temporal.Rules;

/// <summary>Dates relative to the reference: today/yesterday, weekdays, this/last/next week|month|year, and the
/// start/middle/end of a period.</summary>
internal static class ArabicRelativeRules
{
    private const string RelativeDay =
        "(?<k>اول\\s+من\\s+امس|اول\\s+امس|امس\\s+الاول|قبل\\s+يوم\\s+امس|قبل\\s+امس|بعد\\s+غد|بعد\\s+الغد|يوم\\s+امس|يوم\\s+غد|البارحه|الامس|امس|غدا|الغد" +
        "|اليوم\\s+التالي|اليوم\\s+الاتي|يومنا\\s+هذا|هذا\\s+اليوم" +
        "|اليوم(?!\\s+(?:الذي|التي|الاول|الثاني|الثالث|الرابع|الاخير|الواحد|الوطني|العالمي|الدولي|ال[\\p{L}]+ي(?![\\p{L}])|ال[\\p{L}]+يه(?![\\p{L}]))))";

    public const string RelativePeriod =
        "(?:(?:هذا|هذه)\\s+(?<u>الاسبوع|الشهر|العام|السنه)|(?:ال|لل)(?<u>اسبوع|شهر|عام|سنه)\\s+(?:(?<twice>بعد|قبل)\\s+)?(?<rel>" + Rel + "))";

    private static readonly Regex s_day = Anchored("(?:يوم\\s+)?" + ArabicCalendarRules.DayMonthExpression);
    private static readonly Regex s_month = Anchored(ArabicCalendarRules.MonthExpression);
    private static readonly Regex s_year = Anchored(ArabicCalendarRules.YearExpression + "|(?<y>(?:19|20)\\d{2})");
    private static readonly Regex s_decade = Anchored(ArabicCalendarRules.DecadeExpression);
    private static readonly Regex s_monthMention = new("(?<![\\p{L}])(?:" + ArabicCalendarRules.MonthExpression + ")(?![\\p{L}])", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
    private static readonly Regex s_period = Anchored(RelativePeriod + "|(?:ال|لل)(?<u>اسبوع|شهر|عام|سنه)");

    private static readonly TemporalRule[] s_rules =
    [
        // اليوم, امس, بالامس, اول امس, غدا, بعد غد; "اليوم الخميس", "اليوم 6 مايو" as one expression
        new(RelativeDay + "(?:\\s*[،,]?\\s*(?:" + Weekday + "|(?<d>\\d{1,2})\\s+" + Month + ")|\\s*\\(\\s*" + Weekday + "\\s*\\))?", RegexOptions.None, ResolveRelativeDay, ArabicVocabulary.RelativeDayTriggers,
            start: new StartGuard(["اول", "قبل", "بعد", "يوم", "هذا", .. ArabicVocabulary.RelativeDayTriggers], digits: false)),

        // صباح اليوم, مساء امس, الليله الماضيه
        // صباح الثلاثاء, مساء امس السبت, ليل الاحد, صباح هذا اليوم, مساء اول من امس
        new("(?<tod>صباح|مساء|ظهر|عصر|فجر|ليله|ليل|ظهيره)\\s+(?:يوم\\s+)?(?:(?<k>اول\\s+من\\s+امس|اول\\s+امس|امس\\s+الاول|هذا\\s+اليوم|اليوم|امس|الامس|البارحه|غد|الغد)(?:\\s*[،,]?\\s*" + Weekday + ")?" +
            "|" + Weekday + "(?:\\s+(?<rel>" + Rel + "))?)|(?<k>الليله)(?:\\s+(?<rel>الماضيه|المقبله|القادمه))?",
            RegexOptions.None, ResolvePartOfDay, ["صباح", "مساء", "ظهر", "عصر", "فجر", "ليله", "ليل", "ظهيره", "الليله"]),

        // الخميس, الخميس الماضي, الجمعه المقبل, الجمعه من هذا الاسبوع, الاربعاء 27, الخميس في 21
        new("(?:يوم\\s+)?(?<x>" + Weekday + "(?:\\s+(?<rel>" + Rel + ")|\\s+(?:من\\s+)?(?<wk>هذا\\s+الاسبوع|الاسبوع\\s+" + Rel + ")|\\s*[،,]?\\s*(?:في\\s+)?(?<d>\\d{1,2})(?![\\d:/.\\-])|\\s+في\\s+(?<do>" + ArabicNumbers.Ordinal + "))?)",
            RegexOptions.None, ResolveWeekday, ArabicVocabulary.WeekdayTriggers),

        // الاسبوع المقبل يوم الجمعه
        new("(?<wk>هذا\\s+الاسبوع|الاسبوع\\s+" + Rel + ")\\s+(?:يوم\\s+)?" + Weekday, RegexOptions.None, ResolveWeekday, ArabicVocabulary.WeekdayTriggers),

        // يوم 27: a day of the reference month
        new("يوم\\s+(?<d>\\d{1,2})(?![\\d/.:\\-]|\\s*(?:" + ArabicVocabulary.Month + "|" + ArabicVocabulary.Unit + ")(?![\\p{L}]))", RegexOptions.None, ResolveDayOfMonth, ["يوم"]),

        // 20 من الشهر القادم, العشرين من هذا الشهر
        new(DayNumber + "\\s+(?:من\\s+)?(?<rp>هذا\\s+الشهر|الشهر\\s+(?<rel>" + Rel + "))", RegexOptions.None, ResolveDayOfMonth, ["الشهر"]),

        // الاسبوع الماضي, الشهر الجاري, العام المقبل, هذه السنه, الاسبوع بعد القادم
        new(RelativePeriod, RegexOptions.None, ResolvePeriod, ArabicVocabulary.PeriodTriggers),

        // ذلك العام, العام نفسه, تلك السنه, العام الذي بعده, العام التالي: the year the story last named (a
        // demonstrative or "نفس" points back to it; a relative clause or "التالي" counts from it), not the article's
        new("(?:ذلك|ذات|نفس)\\s+(?:العام|السنه)|تلك\\s+السنه|(?:العام|السنه)\\s+(?:نفسه|ذاته|نفسها|ذاتها)" +
            "|(?:العام|السنه)\\s+(?:(?:الذي|التي)\\s+)?(?<k>بعده|يليه|تلاه|بعدها|تليها|تلتها|قبله|سبقه|قبلها|سبقتها|التالي|التاليه|اللاحق|اللاحقه)",
            RegexOptions.None, ResolveAnaphoricYear, ["ذلك", "ذات", "نفس", "تلك", "العام", "السنه"]),

        // الاسبوع الاول من الشهر المقبل, الاسبوع الاخير من رمضان الماضي: a week of a month, not its first day
        new("(?:ال|لل)اسبوع\\s+(?<o>الاول|الثاني|الثالث|الرابع|الاخير)\\s+(?:من|في)\\s+(?<p>(?:هذا\\s+)?الشهر(?:\\s+" + Rel + ")?|" + ArabicCalendarRules.MonthExpression + ")",
            RegexOptions.None, ResolveWeekOfMonth, ["الاسبوع", "اسبوع"]),

        // عطله نهايه الاسبوع
        new("عطله\\s+نهايه\\s+(?:هذا\\s+)?الاسبوع(?:\\s+(?<rel>" + Rel + "))?", RegexOptions.None, ResolveWeekend, ["عطله"]),

        // نهايه نوفمبر الجاري, مطلع العام المقبل, منتصف مارس, اواخر 2020, بدايه الشهر, نهايه يوم 6 اغسطس 2015
        new("(?<mod>" + ArabicVocabulary.StartWords + "|" + ArabicVocabulary.MidWords + "|" + ArabicVocabulary.EndWords + ")\\s+(?:ايام\\s+)?(?:من\\s+)?(?<p>" +
            "(?:يوم\\s+)?" + ArabicCalendarRules.DayMonthExpression + "|" + ArabicCalendarRules.MonthExpression + "|" + RelativePeriod + "|" + ArabicCalendarRules.YearExpression +
            "|(?:ال|لل)(?:اسبوع|شهر|عام|سنه)|(?:19|20)\\d{2}(?!\\d)|" + ArabicCalendarRules.DecadeExpression + ")",
            RegexOptions.None, ResolveModified, ArabicVocabulary.ModifierTriggers,
            start: new StartGuard(ArabicVocabulary.ModifierTriggers, digits: false)),
    ];

    public static IReadOnlyList<TemporalRule> Rules => s_rules;

    private static readonly HashSet<string> s_nowadaysCues = new(StringComparer.Ordinal)
    {
        "نحن", "انا", "انني", "اننا", "هم", "هي", "هو", "اصبح", "اصبحت", "اصبحنا", "بات", "باتت", "بتنا", "صار", "صارت",
        "اضحي", "اضحت", "عالم", "احداث", "جيل", "شباب", "مجتمع", "مجتمعات", "انسان", "اطفال", "حياه", "واقع", "ابناء", "نساء",
        // A columnist's first-person present ("اشعر اليوم", "نجده اليوم"): news of the day is told in the third person.
        "اشعر", "اري", "اعتقد", "اظن", "نعيش", "نشهد", "نري", "نجد", "نجده", "نجدها", "نراه", "نراها", "نواجه", "نعاني", "نحتاج", "نعرف",
    };

    // "اليوم الاربعاء", "امس الثلاثاء": the text naming the weekday of its own today or yesterday. Anchored and tried
    // only where an ordinal search finds the word: scanning the text with the alternation costs about a millisecond.
    private static readonly Regex s_namedDay = new("\\G(?<k>اليوم|امس|غدا)\\s*[،,]?\\s*" + Weekday + "(?![\\p{L}])",
        RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    private static readonly string[] s_todayWords = ["اليوم", "امس", "غدا"];

    /// <summary>
    /// The day the text calls today: the reference, unless an earlier "اليوم الاربعاء" or "امس الثلاثاء" names a
    /// weekday that puts it a day or three earlier (SaudiNewsNet dates articles by when they were collected, often
    /// days after they were written); a bare "اليوم" later in that text is the writer's Wednesday.
    /// </summary>
    public static DateOnly Today(RuleContext context, int before)
    {
        if (FirstNamedDay(context.Text, before) is not { } named)
        {
            return context.Reference;
        }

        int shift = DayShift(named.Groups["k"].Value);
        DateOnly today = Timex.NearestWeekday(context.Reference.AddDays(shift), ArabicVocabulary.WeekdayOf(named.Groups["wd"].Value)).AddDays(-shift);
        return today <= context.Reference && context.Reference.DayNumber - today.DayNumber <= 3 ? today : context.Reference;
    }

    private static Match? FirstNamedDay(string text, int before)
    {
        Match? first = null;
        foreach (string word in s_todayWords)
        {
            for (int i = text.IndexOf(word, 0, before, StringComparison.Ordinal); i >= 0 && (first is null || i < first.Index); i = i + word.Length < before ? text.IndexOf(word, i + word.Length, before - i - word.Length, StringComparison.Ordinal) : -1)
            {
                // A word start, or after the article ("الامس") or a clitic ("وامس").
                if ((i == 0 || !char.IsLetter(text[i - 1]) || (i >= 2 && text[i - 2] == 'ا' && text[i - 1] == 'ل') || IsCliticAt(text, i))
                    && s_namedDay.Match(text, i) is { Success: true } m && m.Index + m.Length <= before)
                {
                    first = m;
                    break;
                }
            }
        }

        return first;
    }

    private static bool IsCliticAt(string text, int i) =>
        i >= 1 && text[i - 1] is 'و' or 'ف' or 'ب' or 'ل' && (i == 1 || !char.IsLetter(text[i - 2]));

    private static Regex Anchored(string pattern) =>
        new("^(?:" + pattern + ")$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    public static int DayShift(string k) => ArabicVocabulary.Collapse(k) switch
    {
        "اول من امس" or "اول امس" or "امس الاول" or "قبل يوم امس" or "قبل امس" => -2,
        "امس" or "الامس" or "البارحه" or "يوم امس" => -1,
        "غدا" or "الغد" or "غد" or "يوم غد" or "اليوم التالي" or "اليوم الاتي" => 1,
        "بعد غد" or "بعد الغد" => 2,
        _ => 0,
    };

    private static TemporalValue? ResolveRelativeDay(Match m, RuleContext context)
    {
        if (m.Groups["d"].Success)
        {
            int day = int.Parse(m.Groups["d"].Value, System.Globalization.CultureInfo.InvariantCulture);
            (int month, bool hijri) = ArabicVocabulary.MonthOf(m.Groups["m"].Value);
            int year = context.Reference.Year;
            return !hijri && Timex.IsValidDay(year, month, day) ? Timex.Day(new DateOnly(year, month, day)) : null;
        }

        // "حتي يومنا هذا", "في يومنا هذا": to this day, nowadays (TimeML's PRESENT_REF), never one dated day.
        if (m.Groups["k"].Value == "يومنا هذا")
        {
            return Timex.Date("PRESENT_REF");
        }

        // "علي مدار اليوم", "طيله اليوم": the whole day, a duration the duration rules mark.
        if (m.Groups["k"].Value == "اليوم" && context.WordBefore(m.Index) is "مدار" or "مدي" or "طيله")
        {
            return null;
        }

        // "عين اليوم" and "صحيفه اليوم" are newspapers.
        if (m.Groups["k"].Value == "اليوم" && context.WordBefore(m.Index) is "عين" or "صحيفه" or "جريده" or "لعين" or "بعين")
        {
            return null;
        }

        // "ثلاث ساعات في اليوم", "مرتين في اليوم", "10000م3 في اليوم", "مليون برميل في اليوم": a rate, per day
        // (TimeML's SET "a day"), not the article's day.
        if (m.Groups["k"].Value == "اليوم" && m.Length == 5 && context.WordBefore(m.Index) == "في" && IsRateAmount(context, context.Text.LastIndexOf("في", m.Index - 1, StringComparison.Ordinal)))
        {
            return new TemporalValue(TemporalTypes.Set, "P1D");
        }

        if (m.Groups["k"].Value == "اليوم" && m.Length == 5 && (IsNowadays(context.WordBefore(m.Index)) || OpensNominalSentence(context, m.Index)))
        {
            return Timex.Date("PRESENT_REF");
        }

        DateOnly today = m.Groups["wd"].Success ? context.Reference : Today(context, m.Index);
        return Timex.Day(Named(today.AddDays(DayShift(m.Groups["k"].Value)), m));
    }

    // "امس الثلاثاء" in an article dated Friday: the weekday the text names wins over the article's date, which is
    // often the day the story was collected rather than written; the named weekday nearest the shifted day.
    public static DateOnly Named(DateOnly day, Match m) =>
        m.Groups["wd"].Success ? Timex.NearestWeekday(day, ArabicVocabulary.WeekdayOf(m.Groups["wd"].Value)) : day;

    private static bool IsRateCount(string word) =>
        word is "مره" or "مرتين" or "مرات" or "ساعه" or "ساعتين" or "ساعات" or "دقيقه" or "دقائق" or "وجبه" or "وجبات" or "رحله" or "رحلات";

    // What stands before "في اليوم" in a rate: a count of times or hours, or an amount — a number with or without its
    // unit glued on ("10000م3", "60،000") or a unit of measure after its number ("مليون برميل", "500 طن").
    private static bool IsRateAmount(RuleContext context, int fi)
    {
        if (fi <= 0)
        {
            return false;
        }

        string word = context.WordBefore(fi);
        if (IsRateCount(word) || s_rateUnits.Contains(word))
        {
            return true;
        }

        int i = fi;
        while (i > 0 && context.Text[i - 1] == ' ')
        {
            i--;
        }

        // The token before "في" ends in a digit or is letters glued to a number ("م3", "كم").
        int start = i;
        while (start > 0 && !char.IsWhiteSpace(context.Text[start - 1]))
        {
            start--;
        }

        return context.Text.AsSpan(start, i - start).IndexOfAnyInRange('0', '9') >= 0;
    }

    private static readonly HashSet<string> s_rateUnits = new(StringComparer.Ordinal)
    {
        "برميل", "براميل", "طن", "اطنان", "لتر", "لترات", "متر", "امتار", "كيلو", "كيلوجرام", "كيلوغرام", "جرام", "غرام",
        "ميجاوات", "ميغاوات", "كيلومتر", "كيلومترات", "ريال", "دولار", "جنيه", "يورو", "درهم", "دينار", "الف", "مليون", "ملايين", "مليار",
    };

    // "اليوم" meaning nowadays rather than the article's day: after a subject pronoun ("نحن اليوم"), a verb of becoming
    // ("اصبحت اليوم") or as the second term of a construct about an era ("عالم اليوم", "شباب اليوم").
    private static bool IsNowadays(string wordBefore)
    {
        // A present-tense verb with "us" as its object ("تضعنا اليوم", "يجعلنا اليوم"): the columnist's voice about the times.
        if (wordBefore.Length >= 5 && wordBefore[0] is 'ي' or 'ت' && wordBefore.EndsWith("نا", StringComparison.Ordinal))
        {
            return true;
        }

        string word = wordBefore.Length > 3 && wordBefore[0] is 'و' or 'ف' ? wordBefore[1..] : wordBefore;
        // "باحداث اليوم", "لشباب اليوم": a preposition glued to the noun of the construct.
        string noun = word.Length > 3 && word[0] is 'ب' or 'ل' or 'ك' ? word[1..] : word;
        return s_nowadaysCues.Contains(word) || s_nowadaysCues.Contains(wordBefore) || s_nowadaysCues.Contains(noun);
    }

    // "اليوم الوطن في خطر", "، فاليوم هو وقت ...": a sentence or clause that opens with "اليوم" and goes on with a subject (a pronoun
    // or a definite noun) is a statement about the times; news of the day puts the verb first ("يلتقي اليوم").
    private static bool OpensNominalSentence(RuleContext context, int index)
    {
        string text = context.Text;
        int start = index > 0 && text[index - 1] is 'و' or 'ف' && (index == 1 || !char.IsLetter(text[index - 2])) ? index - 1 : index;
        if (context.CharBefore(start) is not ('.' or '\n' or '!' or '؟' or ':' or '،' or ','))
        {
            return false;
        }

        int next = index + 5;
        while (next < text.Length && text[next] == ' ')
        {
            next++;
        }

        int end = next;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        string word = text[next..end];
        return word is "هو" or "هي" or "هم" or "نحن" or "انا" or "انت" or "انتم"
            || (word.StartsWith("ال", StringComparison.Ordinal) && word.Length > 3 && !ArabicVocabulary.WeekdayTriggers.Contains(word));
    }

    private static TemporalValue? ResolvePartOfDay(Match m, RuleContext context)
    {
        string k = m.Groups["k"].Value;
        if (k == "الليله")
        {
            int shift = m.Groups["rel"].Success ? ArabicVocabulary.Direction(m.Groups["rel"].Value) : 0;
            return new TemporalValue(TemporalTypes.Time, Timex.FormatDay(context.Reference.AddDays(shift)) + "TNI");
        }

        DateOnly day;
        if (!m.Groups["k"].Success)
        {
            int weekday = ArabicVocabulary.WeekdayOf(m.Groups["wd"].Value);
            int direction = m.Groups["rel"].Success ? ArabicVocabulary.Direction(m.Groups["rel"].Value) : 0;
            day = m.Groups["rel"].Success
                ? (direction == 0 ? Timex.WeekdayInWeek(context.Reference, weekday, 0) : Timex.AdjacentWeekday(context.Reference, weekday, direction))
                : Timex.WeekdayByTense(context.Reference, weekday, Tense.Of(context.Text, m.Index, m.Index + m.Length));
        }
        else
        {
            day = Named(context.Reference.AddDays(DayShift(k.StartsWith("هذا", StringComparison.Ordinal) ? "اليوم" : k)), m);
        }

        string part = m.Groups["tod"].Value switch
        {
            "صباح" or "فجر" => "TMO",
            "ظهر" or "ظهيره" => "T12:00",
            "عصر" => "TAF",
            "مساء" => "TEV",
            _ => "TNI",
        };
        return new TemporalValue(TemporalTypes.Time, Timex.FormatDay(day) + part);
    }

    private static TemporalValue? ResolveWeekday(Match m, RuleContext context)
    {
        int weekday = ArabicVocabulary.WeekdayOf(m.Groups["wd"].Value);
        DateOnly reference = context.Reference;
        if (m.Groups["rel"].Success)
        {
            int direction = ArabicVocabulary.Direction(m.Groups["rel"].Value);
            return Timex.Day(direction == 0 ? Timex.WeekdayInWeek(reference, weekday, 0) : Timex.AdjacentWeekday(reference, weekday, direction));
        }

        if (m.Groups["wk"].Success)
        {
            string wk = m.Groups["wk"].Value;
            int shift = ArabicVocabulary.Direction(wk[(wk.LastIndexOf(' ') + 1)..]);
            return Timex.Day(Timex.WeekdayInWeek(reference, weekday, shift));
        }

        int? day = m.Groups["d"].Success ? int.Parse(m.Groups["d"].Value, System.Globalization.CultureInfo.InvariantCulture)
            : m.Groups["do"].Success ? ArabicNumbers.ParseOrdinal(m.Groups["do"].Value) : null;
        if (day is { } dd)
        {
            return Timex.IsValidDay(reference.Year, reference.Month, dd) ? Timex.Day(new DateOnly(reference.Year, reference.Month, dd)) : null;
        }

        return Timex.Day(Timex.WeekdayByTense(reference, weekday, Tense.Of(context.Text, m.Index, m.Index + m.Length)));
    }

    private static TemporalValue? ResolveDayOfMonth(Match m, RuleContext context)
    {
        int? day = m.Groups["d"].Success ? int.Parse(m.Groups["d"].Value, System.Globalization.CultureInfo.InvariantCulture)
            : ArabicNumbers.ParseOrdinal(m.Groups["do"].Value);
        DateOnly month = context.Reference.AddMonths(m.Groups["rel"].Success ? ArabicVocabulary.Direction(m.Groups["rel"].Value) : 0);
        return day is { } d && Timex.IsValidDay(month.Year, month.Month, d) ? Timex.Day(new DateOnly(month.Year, month.Month, d)) : null;
    }

    private static TemporalValue? ResolvePeriod(Match m, RuleContext context)
    {
        char unit = m.Groups["u"].Value switch
        {
            "الاسبوع" or "اسبوع" => 'W',
            "الشهر" or "شهر" => 'M',
            _ => 'Y',
        };
        int shift = m.Groups["rel"].Success ? ArabicVocabulary.Direction(m.Groups["rel"].Value) : 0;
        if (m.Groups["twice"].Success)
        {
            shift *= 2;
        }

        // "مرتفعا 0.13% مقارنه بالشهر السابق" after "في نهايه شهر يوليو الماضي": "السابق" (the one before) counts back
        // from the month the text has just named, the month its figures are about; "الماضي" counts from the article's
        // date. With no month named shortly before, the article's date is all there is.
        if (unit == 'M' && shift == -1 && !m.Groups["twice"].Success && m.Groups["rel"].Value is "السابق" or "السابقه"
            && MonthNamedBefore(context, m.Index) is { } named)
        {
            return Timex.Date(Timex.ShiftPeriod(named, 'M', -1));
        }

        return Timex.Date(Timex.ShiftPeriod(context.Reference, unit, shift));
    }

    // The first day of the last Gregorian month the text names in the few sentences before index, resolved as it
    // would be there ("يوليو الماضي", "شهر يوليو 2015م").
    private static DateOnly? MonthNamedBefore(RuleContext context, int index)
    {
        const int Window = 600;
        int from = Math.Max(0, index - Window);
        Match? last = null;
        for (Match month = s_monthMention.Match(context.Text, from, index - from); month.Success; month = month.NextMatch())
        {
            if (!ArabicVocabulary.MonthOf(month.Groups["m"].Value).Hijri)
            {
                last = month;
            }
        }

        return last is not null && ArabicCalendarRules.ResolveMonth(last, context) is { Value.Length: 7 } value
            && DateOnly.TryParseExact(value.Value + "-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out DateOnly first)
            ? first
            : null;
    }

    private static TemporalValue? ResolveWeekOfMonth(Match m, RuleContext context)
    {
        string period = m.Groups["p"].Value;
        var inner = new RuleContext(period, context.Reference);
        TemporalValue? month = s_period.Match(period) is { Success: true } relative ? ResolvePeriod(relative, inner)
            // A Hijri month's weeks do not follow the Gregorian month its middle falls in: no value rather than a wrong one.
            : s_month.Match(period) is { Success: true } named && !ArabicVocabulary.MonthOf(named.Groups["m"].Value).Hijri ? ArabicCalendarRules.ResolveMonth(named, inner, cued: true)
            : null;
        if (month is not { Value.Length: 7 } || !DateOnly.TryParseExact(month.Value + "-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out DateOnly first))
        {
            return null;
        }

        // The ISO week holding the middle of the month's first (second, ...) seven days, or of its last seven.
        DateOnly day = m.Groups["o"].Value switch
        {
            "الاول" => first.AddDays(3),
            "الثاني" => first.AddDays(10),
            "الثالث" => first.AddDays(17),
            "الرابع" => first.AddDays(24),
            _ => first.AddMonths(1).AddDays(-4),
        };
        return Timex.Date(Timex.FormatWeek(day));
    }

    private static TemporalValue? ResolveAnaphoricYear(Match m, RuleContext context)
    {
        int shift = m.Groups["k"].Value switch
        {
            "" => 0,
            "قبله" or "سبقه" or "قبلها" or "سبقتها" => -1,
            _ => 1,
        };
        // With no year named shortly before, the year it points to is unknown: no value rather than a guess.
        return ArabicCalendarRules.YearBefore(context, m.Index, ClockAnchor.NarrativeReach) is { } year ? Timex.Date(Timex.FormatYear(year + shift)) : null;
    }

    private static TemporalValue? ResolveWeekend(Match m, RuleContext context)
    {
        int shift = m.Groups["rel"].Success ? ArabicVocabulary.Direction(m.Groups["rel"].Value) : 0;
        return Timex.Date(Timex.ShiftPeriod(context.Reference, 'W', shift) + "-WE");
    }

    private static TemporalValue? ResolveModified(Match m, RuleContext context)
    {
        string word = m.Groups["mod"].Value;
        string mod = ArabicVocabulary.StartWords.Split('|').Contains(word) ? "START"
            : ArabicVocabulary.MidWords.Split('|').Contains(word) ? "MID" : "END";
        string period = m.Groups["p"].Value;
        var inner = new RuleContext(period, context.Reference);
        TemporalValue? value = null;
        if (s_day.Match(period) is { Success: true } day)
        {
            value = ArabicCalendarRules.ResolveDayMonth(day, inner);
        }
        else if (s_month.Match(period) is { Success: true } month)
        {
            // A month name that is also a common word ("رمضان") is safe here: the modifier is its cue.
            value = ArabicCalendarRules.ResolveMonth(month, inner, cued: true);
        }
        else if (s_period.Match(period) is { Success: true } relative)
        {
            value = ResolvePeriod(relative, inner);
        }
        else if (s_decade.Match(period) is { Success: true } decade)
        {
            // "مطلع السبعينات", "نهايه الثمانينيات": the decade with its part, as the month and the year take theirs.
            value = ArabicCalendarRules.ResolveDecade(decade, inner);
        }
        else if (s_year.Match(period) is { Success: true } year && ArabicCalendarRules.TryYear(year, out int y))
        {
            string era = year.Groups["era"].Value;
            int? gregorian = era is "ه" or "هجري" or "هجريه" or "للهجره" ? HijriDates.GregorianYearOf(y) : y;
            value = gregorian is { } g ? Timex.Date(Timex.FormatYear(g)) : null;
        }

        return value is null ? null : value with { Mod = mod };
    }
}
