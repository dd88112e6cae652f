using System.Text.RegularExpressions;
using Ingestion.Contracts;

namespace Ingestion.Enrichment.Engine.Temporal.Rules;

/// <summary>
/// "the night of March 4", "the morning of Friday": a part of a named day is one TIME, the day's value with the
/// part's code (<c>2013-03-04TNI</c>), spanning from "the". Done after the rules, once the day has its value.
/// </summary>
internal static class EnglishPartOfDayOf
{
    private static readonly Regex s_before = new(
        "(?<![\\p{L}])(?:the\\s+)?(?<tod>morning|afternoon|evening|night)\\s+of\\s+$",
        RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.RightToLeft);

    // Enough for "the afternoon of " and a little space.
    private const int Reach = 24;

    public static List<TemporalCandidate> Merge(List<TemporalCandidate> kept, string text)
    {
        for (int i = 0; i < kept.Count; i++)
        {
            TemporalCandidate day = kept[i];
            if (day.Type != TemporalTypes.Date || day.Value.Length != 10 || ClockAnchor.DayOf(day.Value) is null)
            {
                continue;
            }

            int from = Math.Max(i > 0 ? kept[i - 1].End : 0, day.Start - Reach);
            Match m = s_before.Match(text, from, day.Start - from);
            if (m.Success)
            {
                kept[i] = new TemporalCandidate(m.Index, day.End, TemporalTypes.Time, day.Value + EnglishRules.PartOfDay(m.Groups["tod"].Value));
            }
        }

        return kept;
    }
}
