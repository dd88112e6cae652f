using System.Globalization;
using System.Text.RegularExpressions;
using Ingestion.Contracts;
using static Ingestion.Enrichment.Engine.Temporal.Rules.EnglishRules;

namespace Ingestion.Enrichment.Engine.Temporal.Rules;

/// <summary>
/// Recurrences with a period longer than one unit or a part of a day: "every four years" and "every two weeks" are
/// SETs of P4Y and P2W (not a four-year DURATION), "every other day" is P2D, "every Monday night" recurs on Monday
/// nights. The one-unit ones ("every year", "daily", "on Fridays") are in <see cref="EnglishRules"/>.
/// </summary>
internal static class EnglishRecurrences
{
    private const string Count =
        "(?<n>\\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|few|several|other)";

    private static readonly TemporalRule[] s_rules =
    [
        new("(?:every|each)\\s+" + Count + "\\s+(?<u>seconds?|minutes?|hours?|days?|weeks?|months?|quarters?|years?|decades?)" +
            "|(?:every|each)\\s+" + Weekday + "\\s+(?<tod>morning|afternoon|evening|night)",
            Options, Resolve, ["every", "each"], arabic: false),
    ];

    public static IReadOnlyList<TemporalRule> Rules => s_rules;

    private static TemporalValue? Resolve(Match m, RuleContext c)
    {
        if (m.Groups["wd"].Success)
        {
            return new TemporalValue(TemporalTypes.Set,
                "XXXX-WXX-" + WeekdayOf(m.Groups["wd"].Value).ToString(CultureInfo.InvariantCulture) + PartOfDay(m.Groups["tod"].Value));
        }

        string n = m.Groups["n"].Value.ToUpperInvariant();
        string u = m.Groups["u"].Value.ToUpperInvariant();
        bool plural = u.EndsWith('S');
        // "every other week" is singular, "every two weeks" plural: anything else ("every two week", "every other
        // weeks") is not a recurrence said this way.
        if ((n == "OTHER") == plural)
        {
            return null;
        }

        string amount = n switch
        {
            "OTHER" => "2",
            "FEW" or "SEVERAL" => "X",
            _ => ParseNumber(n.ToLowerInvariant())?.ToString(CultureInfo.InvariantCulture) ?? n,
        };
        string unit = u.TrimEnd('S') switch
        {
            "SECOND" => "S",
            "MINUTE" => "MI",
            "HOUR" => "H",
            "DAY" => "D",
            "WEEK" => "W",
            "MONTH" => "M",
            "QUARTER" => "Q",
            "DECADE" => "DE",
            _ => "Y",
        };
        return new TemporalValue(TemporalTypes.Set, Timex.Duration(amount, unit));
    }
}
