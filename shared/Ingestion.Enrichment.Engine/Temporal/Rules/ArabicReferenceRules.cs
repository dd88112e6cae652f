using System.Text.RegularExpressions;
using Ingestion.Contracts;

namespace Ingestion.Enrichment.Engine.Temporal.Rules;

/// <summary>
/// Arabic expressions TimeML marks without a calendar value: the present, past and future references ("الان",
/// "حاليا", "مؤخرا", "الفتره المقبله", "السنوات الاخيره") and vague durations ("سنوات طويله", "منذ عقود",
/// "الاشهر القليله الماضيه").
/// </summary>
internal static class ArabicReferenceRules
{
    public const string Plural = "سنوات|سنين|اعوام|اشهر|شهور|اسابيع|ايام|ساعات|دقائق|عقود|قرون";

    private const string Vague = "طويله|عديده|عده|قليله|معدوده|كثيره|مضت|خلت|القليله|العديده|الطويله|الماضيه|المقبله|القادمه|السابقه";

    // Indefinite qualifiers that make a bare plural vague ("سنوات طويله", "عقود مضت"); "ايام الماضيه" is no expression.
    private static readonly string[] s_indefinite = ["طويله", "عديده", "عده", "قليله", "معدوده", "كثيره", "مضت", "خلت"];

    private static readonly TemporalRule[] s_rules =
    [
        // الان, حاليا, مؤخرا, اخيرا (after its verb), قريبا, سابقا, مستقبلا, في الماضي, الوقت الحالي, الفتره المقبله, الاونه الاخيره
        new("(?<k>الان|حاليا|مستقبلا|مؤخرا|موخرا|اخيرا|قريبا(?!\\s+من)|سابقا|انذاك|حينها|الوقت\\s+(?:الحالي|الراهن|الحاضر)" +
            "|(?:ال|لل)فتره\\s+(?:القليله\\s+)?(?:المقبله|القادمه|الماضيه|الحاليه|الراهنه|الاخيره|السابقه)|(?:ال|لل)اونه\\s+الاخيره" +
            "|(?:ال|لل)(?:سنوات|اعوام)\\s+(?:القليله\\s+)?(?:الاخيره|الماضيه\\s+الاخيره))" +
            "|في\\s+(?<x>(?<k>الماضي|المستقبل|السابق))(?![\\p{L}])|قبل\\s+(?<k>(?:عده\\s+|بضع\\s+)?(?:سنوات|اعوام|عقود))(?!\\s+(?:من|علي))" +
            // قبل قليل, لاحقا, هذه الايام, ايامنا هذه; "الي وقت قريب" (until recently) against "في وقت قريب" (soon)
            "|(?<k>قبل\\s+قليل|لاحقا|هذه\\s+الايام|ايامنا\\s+هذه)|(?<pre>الي|حتي|في)\\s+(?<x>(?<k>وقت\\s+قريب|فتره\\s+سابقه))(?![\\p{L}])",
            RegexOptions.None, ResolveReference,
            ["الان", "حاليا", "مستقبلا", "مؤخرا", "موخرا", "اخيرا", "قريبا", "سابقا", "انذاك", "حينها", "الوقت", "الفتره", "فتره", "الاونه", "السنوات", "الاعوام", "الماضي", "المستقبل", "السابق", "قبل",
                "قليل", "لاحقا", "الايام", "ايامنا", "وقت"]),

        // سنوات طويله, الاشهر القليله الماضيه, منذ سنوات, لعقود, بعد عقود, سنوات عده, عقود مضت; not the head of a
        // construct ("لشهور السنه الاخري")
        new("(?:ال)?(?<u>" + Plural + ")(?<q>(?:\\s+(?:" + Vague + "))+)|(?:منذ|خلال|لمده|طوال|عبر|بعد|ل)\\s*(?<x>(?<u>" + Plural + "))(?!\\s+(?:من|علي|" + Vague + ")(?![\\p{L}])|\\s+ال\\p{L})",
            RegexOptions.None, ResolveVague, ["سنوات", "سنين", "اعوام", "اشهر", "شهور", "اسابيع", "ايام", "ساعات", "دقائق", "عقود", "قرون"]),
    ];

    public static IReadOnlyList<TemporalRule> Rules => s_rules;

    private static TemporalValue? ResolveReference(Match m, RuleContext context)
    {
        string k = ArabicVocabulary.Collapse(m.Groups["k"].Value);
        // "later" told of the past ("تبين لاحقا") is after the story's event, not after the article.
        if (k == "لاحقا" && Tense.Of(context.Text, m.Index, m.Index + m.Length) < 0)
        {
            return null;
        }

        // "اخيرا" after its verb is "recently" ("تظاهر اخيرا عمال"); opening a clause ("واخيرا", ". اخيرا") it is
        // "finally", the last point of a list or a story, no time at all.
        if (k == "اخيرا" && (context.CharBefore(m.Index) is '.' or '\n' or '،' or ',' or ':' or '!' or '؟' or '؛' or ';' or '-'
            || (m.Index > 0 && context.Text[m.Index - 1] is 'و' or 'ف')))
        {
            return null;
        }

        string value = k switch
        {
            "الان" or "حاليا" or "هذه الايام" or "ايامنا هذه" => "PRESENT_REF",
            "مستقبلا" or "قريبا" or "المستقبل" or "لاحقا" => "FUTURE_REF",
            "وقت قريب" => m.Groups["pre"].Value == "في" ? "FUTURE_REF" : "PAST_REF",
            _ when k.StartsWith("الوقت", StringComparison.Ordinal) || k.EndsWith("الحاليه", StringComparison.Ordinal) || k.EndsWith("الراهنه", StringComparison.Ordinal) => "PRESENT_REF",
            _ when k.EndsWith("المقبله", StringComparison.Ordinal) || k.EndsWith("القادمه", StringComparison.Ordinal) => "FUTURE_REF",
            _ => "PAST_REF",
        };
        return Timex.Date(value);
    }

    private static TemporalValue? ResolveVague(Match m, RuleContext context)
    {
        string q = m.Groups["q"].Value;
        // "الاشهر الماضيه" with the article but no vague word is "the past months"; without the article a bare
        // qualifier such as "ايام الماضيه" is no expression.
        if (q.Length > 0 && !m.Value.StartsWith("ال", StringComparison.Ordinal) && !Array.Exists(s_indefinite, w => q.Contains(w, StringComparison.Ordinal)))
        {
            return null;
        }

        return new TemporalValue(TemporalTypes.Duration, Timex.Duration("X", PluralUnit(m.Groups["u"].Value)));
    }

    /// <summary>The TIMEX unit of a plural unit word: "سنوات" Y, "عقود" DE, "دقائق" MI.</summary>
    public static string PluralUnit(string plural) => plural switch
    {
        "سنوات" or "سنين" or "اعوام" => "Y",
        "اشهر" or "شهور" => "M",
        "اسابيع" => "W",
        "ايام" => "D",
        "ساعات" => "H",
        "دقائق" => "MI",
        "عقود" => "DE",
        _ => "CE",
    };
}
