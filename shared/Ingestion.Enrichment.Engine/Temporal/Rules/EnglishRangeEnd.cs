using System.Globalization;
using System.Text.RegularExpressions;
using Ingestion.Contracts;

namespace Ingestion.Enrichment.Engine.Temporal.Rules;

/// <summary>
/// "from March 3 to 5", "between March 5 and 7": TimeML makes the bare second day a DATE of its own, in the month of
/// the date before it.
/// </summary>
internal static class EnglishRangeEnd
{
    private static readonly Regex s_end = new(
        "\\G\\s*(?:to|through|until|till|-|–|(?<and>and))\\s*(?<d>\\d{1,2})(?![\\d:/]|[.,]\\d|\\s*(?:%|percent|p\\.?m|a\\.?m|o'clock|hours?|days?|weeks?|months?|years?|points?|cents?|dollars?|people|times|million|billion)(?![\\p{L}]))",
        RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture);

    public static List<TemporalCandidate> Split(List<TemporalCandidate> kept, string text)
    {
        var result = new List<TemporalCandidate>(kept.Count);
        for (int i = 0; i < kept.Count; i++)
        {
            TemporalCandidate a = kept[i];
            result.Add(a);
            if (a.Type != TemporalTypes.Date || a.Value.Length != 10
                || !DateOnly.TryParseExact(a.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly start))
            {
                continue;
            }

            Match m = s_end.Match(text, a.End);
            // "and" joins a range only after "between": "between March 5 and 7".
            if (!m.Success || (i + 1 < kept.Count && kept[i + 1].Start < m.Index + m.Length)
                || (m.Groups["and"].Success && !text.AsSpan(0, a.Start).TrimEnd().EndsWith("between", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            int day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
            if (day > start.Day && day <= DateTime.DaysInMonth(start.Year, start.Month))
            {
                Group d = m.Groups["d"];
                result.Add(new TemporalCandidate(d.Index, d.Index + d.Length, TemporalTypes.Date, Timex.FormatDay(new DateOnly(start.Year, start.Month, day))));
            }
        }

        return result;
    }
}
