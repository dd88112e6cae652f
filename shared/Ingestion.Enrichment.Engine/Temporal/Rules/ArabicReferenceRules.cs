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
    public const string Plural = "سنوات|اعوام|اشهر|شهور|اسابيع|ايام|ساعات|دقائق|عقود|قرون";

    private const string Vague = "طويله|عديده|عده|قليله|معدوده|كثيره|القليله|العديده|الطويله|الماضيه|المقبله|القادمه|السابقه";

    private static readonly TemporalRule[] s_rules =
    [
        // الان, حاليا, مؤخرا, قريبا, سابقا, مستقبلا, في الماضي, الوقت الحالي, الفتره المقبله, الاونه الاخيره
        new("(?<k>الان|حاليا|مستقبلا|مؤخرا|موخرا|قريبا(?!\\s+من)|سابقا|انذاك|حينها|الوقت\\s+(?:الحالي|الراهن|الحاضر)" +
            "|(?:ال|لل)فتره\\s+(?:القليله\\s+)?(?:المقبله|القادمه|الماضيه|الحاليه|الراهنه|الاخيره|السابقه)|(?:ال|لل)اونه\\s+الاخيره" +
            "|(?:ال|لل)(?:سنوات|اعوام)\\s+(?:القليله\\s+)?(?:الاخيره|الماضيه\\s+الاخيره))" +
            "|في\\s+(?<x>(?<k>الماضي|المستقبل))(?![\\p{L}])|قبل\\s+(?<k>(?:عده\\s+|بضع\\s+)?(?:سنوات|اعوام|عقود))(?!\\s+(?:من|علي))",
            RegexOptions.None, ResolveReference,
            ["الان", "حاليا", "مستقبلا", "مؤخرا", "موخرا", "قريبا", "سابقا", "انذاك", "حينها", "الوقت", "الفتره", "فتره", "الاونه", "السنوات", "الاعوام", "الماضي", "المستقبل", "قبل"]),

        // سنوات طويله, الاشهر القليله الماضيه, منذ سنوات, لعقود, بعد عقود, سنوات عده
        new("(?:ال)?(?<u>" + Plural + ")(?<q>(?:\\s+(?:" + Vague + "))+)|(?:منذ|خلال|لمده|طوال|عبر|بعد|ل)\\s*(?<x>(?<u>" + Plural + "))(?!\\s+(?:من|علي|" + Vague + ")(?![\\p{L}]))",
            RegexOptions.None, ResolveVague, ["سنوات", "اعوام", "اشهر", "شهور", "اسابيع", "ايام", "ساعات", "دقائق", "عقود", "قرون"]),
    ];

    public static IReadOnlyList<TemporalRule> Rules => s_rules;

    private static TemporalValue? ResolveReference(Match m, RuleContext context)
    {
        string k = m.Groups["k"].Value;
        string value = k switch
        {
            "الان" or "حاليا" => "PRESENT_REF",
            "مستقبلا" or "قريبا" or "المستقبل" => "FUTURE_REF",
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
        if (q.Length > 0 && !m.Value.StartsWith("ال", StringComparison.Ordinal) && !q.Contains("طويله", StringComparison.Ordinal)
            && !q.Contains("عديده", StringComparison.Ordinal) && !q.Contains("عده", StringComparison.Ordinal) && !q.Contains("قليله", StringComparison.Ordinal)
            && !q.Contains("معدوده", StringComparison.Ordinal) && !q.Contains("كثيره", StringComparison.Ordinal))
        {
            return null;
        }

        return new TemporalValue(TemporalTypes.Duration, Timex.Duration("X", PluralUnit(m.Groups["u"].Value)));
    }

    /// <summary>The TIMEX unit of a plural unit word: "سنوات" Y, "عقود" DE, "دقائق" MI.</summary>
    public static string PluralUnit(string plural) => plural switch
    {
        "سنوات" or "اعوام" => "Y",
        "اشهر" or "شهور" => "M",
        "اسابيع" => "W",
        "ايام" => "D",
        "ساعات" => "H",
        "دقائق" => "MI",
        "عقود" => "DE",
        _ => "CE",
    };
}
