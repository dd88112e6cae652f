using System.Text.RegularExpressions;
using Ingestion.Contracts;

namespace Ingestion.Enrichment.Engine.Temporal.Rules;

/// <summary>
/// Joins a day and a clock time that stand together ("غدا الساعة 8:00 صباحا", "الساعة 8 مساء اليوم",
/// "14 اكتوبر، الساعة 8:00") into one TIME whose value carries both: <c>2016-11-08T08:00</c>.
/// </summary>
internal static class DateTimeMerger
{
    private static readonly Regex s_between = new(
        "^\\s*(?:[،,]\\s*)?(?:(?:في|يوم|حوالي|at|on|EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|local\\s+time)\\s*[,(]?\\s*)*$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase);

    public static List<TemporalCandidate> Merge(List<TemporalCandidate> kept, string text)
    {
        var merged = new List<TemporalCandidate>(kept.Count);
        for (int i = 0; i < kept.Count; i++)
        {
            TemporalCandidate a = kept[i];
            if (i + 1 < kept.Count && Combine(a, kept[i + 1]) is { } value
                && s_between.IsMatch(text.AsSpan(a.End, kept[i + 1].Start - a.End)))
            {
                merged.Add(new TemporalCandidate(a.Start, kept[i + 1].End, TemporalTypes.Time, value));
                i++;
                continue;
            }

            merged.Add(a);
        }

        return merged;
    }

    private static string? Combine(TemporalCandidate a, TemporalCandidate b) =>
        Day(a) is { } day && Clock(b) is { } clock ? day + clock
        : Day(b) is { } day2 && Clock(a) is { } clock2 ? day2 + clock2
        : null;

    // The day of a DATE, or of a part-of-day TIME such as "صباح الغد" (2016-11-08TMO).
    private static string? Day(TemporalCandidate c) =>
        c.Value.Length >= 10 && c.Value[4] == '-' && c.Value[7] == '-' && char.IsAsciiDigit(c.Value[9])
            && (c.Value.Length == 10 || c.Value[10] == 'T') ? c.Value[..10] : null;

    private static string? Clock(TemporalCandidate c) =>
        c.Type == TemporalTypes.Time && c.Value.StartsWith("T", StringComparison.Ordinal) && c.Value.Length > 3 && char.IsAsciiDigit(c.Value[1]) ? c.Value : null;
}
