using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Ingestion.Contracts;
using static Ingestion.Enrichment.Engine.Temporal.Rules.ArabicPatterns;

namespace Ingestion.Enrichment.Engine.Temporal.Rules;

/// <summary>Durations ("60 عاما", "ثلاثه ايام", "يومين"), points a duration away ("قبل شهرين") and sets ("كل يوم").</summary>
internal static class ArabicDurationRules
{
    private static readonly Regex s_atom = new(DurationAtom + "|(?<u>" + ArabicVocabulary.SingularUnit + ")",
        RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    private static readonly Regex s_single = new("^P(?<n>\\d+)(?<u>[YMWD])$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    private static readonly Regex s_compound = new("^P(?:(?<y>\\d+)Y)?(?:(?<mo>\\d+)M)?(?:(?<w>\\d+)W)?(?:(?<d>\\d+)D)?$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    // Approximations belong inside the span (TimeML): "نحو 7 ساعات" is PT7H with mod APPROX.
    private const string Approx = "(?:(?<approx>نحو|حوالي|قرابه|زهاء|ما\\s+يقارب|ما\\s+يزيد\\s+(?:عن|علي)|اكثر\\s+من|اقل\\s+من)\\s+)?";

    private static readonly string[] s_approxStarts = ["نحو", "حوالي", "قرابه", "زهاء", "ما", "اكثر", "اقل"];

    private static readonly string[] s_order = ["Y", "M", "W", "D", "H", "MI", "S"];

    // What a duration's first word can be: a number, a unit (dual or singular), or a vague or half amount.
    private static readonly string[] s_durationStarts =
        [.. ArabicNumbers.CardinalWords, .. ArabicVocabulary.UnitTriggers, "بضع", "بضعه", "عده", "نصف"];

    private static readonly TemporalRule[] s_rules =
    [
        // "5 – 6 سنوات": a range of counts is one duration, valued at its upper end
        new(Approx + "(?:\\d+\\s*[-–]\\s*(?=\\d))?(?<dur>" + Duration + ")", RegexOptions.None, (m, c) => !IsYearBesideUnit(m.Groups["dur"].Value) && ResolveDuration(m.Groups["dur"].Value) is { } d ? d with { Mod = ApproxMod(m) } : null, ArabicVocabulary.UnitTriggers,
            start: new StartGuard([.. s_durationStarts, .. s_approxStarts], digits: true)),

        // طوال اليوم, يوم كامل, لمده ساعه, لمده عام; "علي مدار اليوم", "علي مدي الاسبوع", "طيله اليوم": the whole of one
        // unit, the unit alone marked (the preposition is the signal); not "علي مدار العام الماضي", a dated year, nor
        // "علي مدار الساعه", around the clock.
        new("طوال\\s+(?:ال)?(?<u>" + ArabicVocabulary.SingularUnit + ")|(?<u>" + ArabicVocabulary.SingularUnit + ")\\s+(?:كامل|كامله)" +
            "|(?:لمده|مده|غضون)\\s+(?<x>(?<u>" + ArabicVocabulary.SingularUnit + ")(?:\\s+(?:كامل|كامله))?)" +
            "|(?:طيله|علي\\s+(?:مدار|مدي))\\s+(?<x>ال(?<u>يوم|اسبوع|شهر|عام|سنه))(?![\\p{L}\\d])(?!\\s+(?:ال\\p{L}|من\\s|\\d))",
            RegexOptions.None, (m, c) => Single(m.Groups["u"].Value), ArabicVocabulary.UnitTriggers,
            start: new StartGuard([.. ArabicVocabulary.UnitTriggers, "طوال", "لمده", "مده", "غضون", "طيله", "علي"], digits: false)),

        // "ادني مستوياته في اسبوع", "اعلي مستوي له في شهر": a market's low or high over one unit back, a duration
        new("(?:مستوي|مستويات)\\p{L}*(?:\\s+(?:له|لها|لهم))?\\s+(?:في|منذ)\\s+(?<x>(?<u>اسبوع|شهر|عام|سنه))(?![\\p{L}\\d])(?!\\s+(?:\\d|واحد|كامل))",
            RegexOptions.None, (m, c) => Single(m.Groups["u"].Value), ["مستوي", "مستوياته", "مستواه", "مستوياتها", "مستواها"]),

        // قبل شهرين, بعد 3 سنوات, بعد اسبوعين من الان
        new("(?<k>قبل|بعد)\\s+" + Approx + "(?<dur>" + Duration + "|" + ArabicVocabulary.SingularUnit + ")(?<now>\\s+(?:من\\s+الان|في\\s+المستقبل))?|(?<dur>" + Duration + ")\\s+(?<k>من\\s+الان)",
            RegexOptions.None, ResolveShifted, ArabicVocabulary.UnitTriggers,
            start: new StartGuard([.. s_durationStarts, "قبل", "بعد"], digits: true)),

        // السنوات العشر المقبله, الاشهر الثلاثه الماضيه, العقود الاربعه الاخيره: a counted stretch next to the reference
        new("(?:ال|لل)(?<u>" + ArabicReferenceRules.Plural + ")\\s+ال(?<n>" + ArabicNumbers.CardinalWord + ")\\s+(?:المقبله|القادمه|الماضيه|الماضي|الاخيره|السابقه)(?![\\p{L}])",
            RegexOptions.None, ResolveCountedStretch, ["سنوات", "اعوام", "اشهر", "شهور", "اسابيع", "ايام", "ساعات", "دقائق", "عقود", "قرون"],
            start: new StartGuard(["ال", "لل"], digits: false)),

        // الاسبوعين الماضيين, السنتين الماضيه, خلال اليومين المقبلين: a dual with the article and a qualifier that agrees
        // with it (dual or, for the broken agreement news often writes, singular) is a stretch of two units
        new("(?:ال|لل)(?<u>" + ArabicVocabulary.DualUnit + ")\\s+(?:الماضيين|الماضيتين|المنصرمين|المنصرمتين|الفائتين|الفائتتين|السابقين|السابقتين|الاخيرين|الاخيرتين" +
            "|المقبلين|المقبلتين|القادمين|القادمتين|الماضي|الماضيه|الاخيره|المقبله|القادمه)(?![\\p{L}])",
            RegexOptions.None, (m, c) => ResolveDuration(m.Groups["u"].Value), DefiniteDuals()),

        // خلال العقد الماضي, العقد الاخير: the decade next to the reference, a stretch of ten years (alone "العقد" is a contract)
        new("(?:ال|لل)عقد\\s+(?:الماضي|الاخير|المنصرم|الفائت|المقبل|القادم|الحالي|الجاري)(?![\\p{L}])", RegexOptions.None,
            (m, c) => new TemporalValue(TemporalTypes.Duration, "P10Y"), ["العقد"]),

        // عقد من الزمن, نحو قرن من الزمن: "عقد" alone is more often a contract
        new(Approx + "(?<u>عقد|قرن|عقدين|قرنين)\\s+من\\s+(?:الزمن|الاعوام|السنوات|السنين)", RegexOptions.None,
            (m, c) => new TemporalValue(TemporalTypes.Duration, m.Groups["u"].Value switch { "عقد" => "P10Y", "عقدين" => "P20Y", "قرن" => "P100Y", _ => "P200Y" }, ApproxMod(m)),
            ["عقد", "قرن", "عقدين", "قرنين"], start: new StartGuard(["عقد", "قرن", .. s_approxStarts], digits: false)),

        // عاما بعد عام, يوما بعد يوم, سنه تلو الاخري: a recurrence
        new("(?<u>عاما|سنه|يوما|شهرا|اسبوعا)\\s+(?:بعد|تلو)\\s+(?:ال)?(?:عام|سنه|يوم|شهر|اسبوع|اخر|اخري)(?![\\p{L}])", RegexOptions.None,
            (m, c) => new TemporalValue(TemporalTypes.Set, Timex.Duration("1", ArabicVocabulary.UnitOf(m.Groups["u"].Value))), ["عاما", "سنه", "يوما", "شهرا", "اسبوعا"]),

        // كل يوم, كل 3 اشهر, كل عامين, كل عده سنوات
        new("كل\\s+(?:(?<n>\\d+|" + ArabicNumbers.Cardinal + ")\\s+|(?<v>عده|بضع|بضعه)\\s+)?(?<u>" + ArabicVocabulary.Unit + ")(?!\\s+(?:" + ArabicVocabulary.BareWeekday + ")(?![\\p{L}]))",
            RegexOptions.None, ResolveSet, ArabicVocabulary.UnitTriggers, start: new StartGuard(["كل"], digits: false)),

        // كل يوم جمعه, كل جمعه, كل يوم الجمعه, ايام الجمعه
        new("(?:كل\\s+(?:يوم\\s+)?|ايام\\s+)(?:" + Weekday + "|(?<wd>" + ArabicVocabulary.BareWeekday + "))", RegexOptions.None,
            (m, c) => new TemporalValue(TemporalTypes.Set, "XXXX-WXX-" + ArabicVocabulary.WeekdayOf(m.Groups["wd"].Value).ToString(CultureInfo.InvariantCulture)),
            ArabicVocabulary.WeekdayTriggers),

        // يوميا, اسبوعيا, شهريا, سنويا, كل صباح; the definite adjectives "اليوميه", "الشهري" (TimeML's "daily", "monthly").
        // Indefinite ones are left out: "علي اساس سنوي" (year on year) and "تراجع شهري" measure, they do not recur.
        new("(?<k>يوميا|اسبوعيا|شهريا|سنويا|ساعيا|كل\\s+صباح|كل\\s+مساء|كل\\s+ليله|ال(?:يومي|اسبوعي|شهري|سنوي)(?:ه)?)", RegexOptions.None, (m, c) => m.Value.StartsWith("ال", StringComparison.Ordinal) && c.WordBefore(m.Index) is { Length: > 0 } noun && !IsDefinite(noun) ? null : new TemporalValue(TemporalTypes.Set, m.Groups["k"].Value switch
        {
            "يوميا" or "اليومي" or "اليوميه" => "P1D",
            "اسبوعيا" or "الاسبوعي" or "الاسبوعيه" => "P1W",
            "شهريا" or "الشهري" or "الشهريه" => "P1M",
            "سنويا" or "السنوي" or "السنويه" => "P1Y",
            "ساعيا" => "PT1H",
            string k when k.EndsWith("صباح", StringComparison.Ordinal) => "XXXX-XX-XXTMO",
            string k when k.EndsWith("مساء", StringComparison.Ordinal) => "XXXX-XX-XXTEV",
            _ => "XXXX-XX-XXTNI",
        }), ["يوميا", "اسبوعيا", "شهريا", "سنويا", "ساعيا", "صباح", "مساء", "ليله", "اليومي", "اليوميه", "الاسبوعي", "الاسبوعيه", "الشهري", "الشهريه", "السنوي", "السنويه"]),
    ];

    public static IReadOnlyList<TemporalRule> Rules => s_rules;

    // "2014 يوم الاثنين", "2015 شهر رمضان": a number from 1900 to 2099 before a singular unit word is a year that
    // happens to stand beside the word; as a count that large the unit would be "يوما", "عاما" (accusative after 11-99
    // is the usual news form, and counts of 1900 days are rare).
    private static bool IsYearBesideUnit(string duration)
    {
        int digits = 0;
        while (digits < duration.Length && char.IsAsciiDigit(duration[digits]))
        {
            digits++;
        }

        if (digits != 4 || (!duration.StartsWith("19", StringComparison.Ordinal) && !duration.StartsWith("20", StringComparison.Ordinal)))
        {
            return false;
        }

        string unit = duration[digits..].Trim();
        return unit is "يوم" or "شهر" or "عام" or "سنه" or "اسبوع" or "ساعه";
    }

    private static IEnumerable<string> DefiniteDuals() => ArabicVocabulary.UnitTriggers.Where(ArabicVocabulary.IsDual).Select(u => "ال" + u);

    /// <summary>The TIMEX duration of a matched duration text, components summed per unit.</summary>
    public static TemporalValue? ResolveDuration(string text)
    {
        var amounts = new Dictionary<string, double>(StringComparer.Ordinal);
        bool vague = false;
        string? vagueUnit = null;
        foreach (Match atom in s_atom.Matches(text))
        {
            string unit = ArabicVocabulary.UnitOf(atom.Groups["u"].Value);
            double amount;
            if (atom.Groups["n"].Success)
            {
                if (ArabicNumbers.ParseNumber(atom.Groups["n"].Value) is not { } n)
                {
                    return null;
                }

                amount = n;
            }
            else if (atom.Groups["v"].Success)
            {
                vague = true;
                // Before decades and centuries become years below: "عده عقود" is PXDE, not PXY.
                vagueUnit ??= unit;
                amount = 0;
            }
            else if (atom.Groups["half"].Success)
            {
                amount = 0.5;
            }
            else
            {
                amount = ArabicVocabulary.IsDual(atom.Groups["u"].Value) ? 2 : 1;
            }

            if (atom.Groups["plus"].Success)
            {
                amount += 0.5;
            }

            (unit, amount) = unit switch
            {
                "DE" => ("Y", amount * 10),
                "CE" => ("Y", amount * 100),
                _ => (unit, amount),
            };
            amounts[unit] = amounts.GetValueOrDefault(unit) + amount;
        }

        if (amounts.Count == 0)
        {
            return null;
        }

        if (vague)
        {
            return new TemporalValue(TemporalTypes.Duration, Timex.Duration("X", vagueUnit ?? amounts.Keys.First()));
        }

        return new TemporalValue(TemporalTypes.Duration, Format(amounts));
    }

    private static string Format(Dictionary<string, double> amounts)
    {
        // Half an hour or half a year reads better in the smaller unit.
        if (amounts.Count == 1 && amounts.TryGetValue("H", out double h) && h == 0.5)
        {
            return "PT30M";
        }

        if (amounts.Count == 1 && amounts.TryGetValue("Y", out double y) && y == 0.5)
        {
            return "P6M";
        }

        var sb = new StringBuilder("P");
        bool time = false;
        foreach (string unit in s_order)
        {
            if (!amounts.TryGetValue(unit, out double amount))
            {
                continue;
            }

            if (unit is "H" or "MI" or "S" && !time)
            {
                sb.Append('T');
                time = true;
            }

            sb.Append(Timex.FormatNumber(amount)).Append(unit == "MI" ? "M" : unit);
        }

        return sb.ToString();
    }

    private static TemporalValue? Single(string unitWord)
    {
        string unit = ArabicVocabulary.UnitOf(unitWord);
        return new TemporalValue(TemporalTypes.Duration, unit switch
        {
            "DE" => "P10Y",
            "CE" => "P100Y",
            _ => Timex.Duration("1", unit),
        });
    }

    private static TemporalValue? ResolveShifted(Match m, RuleContext context)
    {
        if (ResolveDuration(m.Groups["dur"].Value) is not { } duration)
        {
            return null;
        }

        // "بعد عشر سنوات" in a sentence about the past counts from some past event, not from the article's date:
        // only the duration is certain.
        int sign = m.Groups["k"].Value == "قبل" ? -1 : 1;
        if (sign > 0 && !m.Groups["now"].Success && m.Groups["k"].Value == "بعد" && Tense.Of(context.Text, m.Index, m.Index + m.Length) < 0)
        {
            return null;
        }

        string? mod = ApproxMod(m);

        // A single whole calendar unit keeps its granularity ("قبل شهرين" = 2021-05); a compound one lands on a day.
        Match single = s_single.Match(duration.Value);
        if (single.Success)
        {
            int n = int.Parse(single.Groups["n"].Value, CultureInfo.InvariantCulture);
            return Timex.ShiftByDuration(context.Reference, single.Groups["u"].Value[0], sign * n) is { } value ? Timex.Date(value, mod) : null;
        }

        Match compound = s_compound.Match(duration.Value);
        if (!compound.Success)
        {
            return null;
        }

        int Part(string name) => compound.Groups[name].Success ? sign * int.Parse(compound.Groups[name].Value, CultureInfo.InvariantCulture) : 0;
        DateOnly date = context.Reference.AddYears(Part("y")).AddMonths(Part("mo")).AddDays((7 * Part("w")) + Part("d"));
        return Timex.Date(Timex.FormatDay(date), mod);
    }

    // An adjective with the article agrees with a definite noun: one with the article ("التقرير الشهري", "بالاجتماع")
    // or a possessive suffix ("تدريباته اليوميه", "اجتماعها الشهري"). After a given name ("يحيي الشهري") it is a family name.
    private static bool IsDefinite(string noun)
    {
        string bare = noun.Length > 3 && noun[0] is 'و' or 'ف' ? noun[1..] : noun;
        bare = bare.Length > 3 && bare[0] is 'ب' or 'ل' or 'ك' ? bare[1..] : bare;
        return bare.StartsWith("ال", StringComparison.Ordinal) || noun.StartsWith("لل", StringComparison.Ordinal)
            || (noun.Length > 4 && (noun.EndsWith("ها", StringComparison.Ordinal) || noun.EndsWith("هم", StringComparison.Ordinal)
                || noun.EndsWith("هن", StringComparison.Ordinal) || noun.EndsWith("نا", StringComparison.Ordinal)
                || noun.EndsWith("كم", StringComparison.Ordinal) || noun.EndsWith("ته", StringComparison.Ordinal)));
    }

    private static string? ApproxMod(Match m) => m.Groups["approx"].Value switch
    {
        "" => null,
        "اقل من" => "LESS_THAN",
        string a when a.StartsWith("اكثر", StringComparison.Ordinal) || a.StartsWith("ما يزيد", StringComparison.Ordinal) => "MORE_THAN",
        _ => "APPROX",
    };

    private static TemporalValue? ResolveCountedStretch(Match m, RuleContext context) =>
        ArabicNumbers.ParseCardinal(m.Groups["n"].Value) is int n and > 1
            ? new TemporalValue(TemporalTypes.Duration, Timex.Duration(n.ToString(CultureInfo.InvariantCulture), ArabicReferenceRules.PluralUnit(m.Groups["u"].Value)))
            : null;

    private static TemporalValue? ResolveSet(Match m, RuleContext context)
    {
        string word = m.Groups["u"].Value;
        string unit = ArabicVocabulary.UnitOf(word);
        if (m.Groups["v"].Success)
        {
            return new TemporalValue(TemporalTypes.Set, Timex.Duration("X", unit));
        }

        double n = m.Groups["n"].Success ? ArabicNumbers.ParseNumber(m.Groups["n"].Value) ?? 1 : ArabicVocabulary.IsDual(word) ? 2 : 1;
        (unit, n) = unit switch
        {
            "DE" => ("Y", n * 10),
            "CE" => ("Y", n * 100),
            _ => (unit, n),
        };
        return new TemporalValue(TemporalTypes.Set, Timex.Duration(Timex.FormatNumber(n), unit));
    }
}
