using System.Globalization;
using System.Text.RegularExpressions;
using Ingestion.Contracts;

namespace Ingestion.Enrichment.Engine.Temporal.Rules;

/// <summary>
/// Arabic day ranges under the two conventions the tagger serves. TimeML (the default) keeps the ends apart and gives
/// a bare first day its own DATE ("من 8 الى 19 مايو": 2018-05-08 and 2018-05-19). The Recognizers-Text specs want one
/// period: <see cref="Merge"/> joins "من 2 اكتوبر الي 22 اكتوبر", "بين 15 و 19 نوفمبر", "اليوم حتي الغد" into one DATE
/// valued <c>(start,end,PnD)</c>, since TIMEX3 itself has no range value.
/// </summary>
internal static class RangeMerger
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.RightToLeft;

    private static readonly Regex s_between = new("^\\s*(?<c>الي|حتي|و|-|–)\\s*(?:يوم\\s+)?$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    private static readonly Regex s_prefix = new("(?<![\\p{L}])(?<p>من|بين)\\s+$", Options);

    private static readonly Regex s_firstDay = new(
        "(?<![\\p{L}\\p{Nd}])(?:(?<p>من|بين)\\s+)?(?<d>\\d{1,2}|" + ArabicNumbers.Ordinal + ")\\s*(?<c>الي|حتي|و|-)\\s*$", Options);

    public static List<TemporalCandidate> Merge(List<TemporalCandidate> kept, string text)
    {
        var merged = new List<TemporalCandidate>(kept.Count);
        for (int i = 0; i < kept.Count; i++)
        {
            TemporalCandidate a = kept[i];
            if (IsDay(a) && i + 1 < kept.Count && IsDay(kept[i + 1])
                && s_between.Match(text, a.End, kept[i + 1].Start - a.End) is { Success: true } between)
            {
                TemporalCandidate b = kept[i + 1];
                int start = a.Start;
                Match prefix = s_prefix.Match(text, Math.Max(0, a.Start - 8), Math.Min(8, a.Start));
                bool hasPrefix = prefix.Success && (prefix.Groups["p"].Value == "بين" || char.IsAsciiDigit(text[a.Start]));
                if (between.Groups["c"].Value == "و" && !(prefix.Success && prefix.Groups["p"].Value == "بين"))
                {
                    merged.Add(a);
                    continue;
                }

                if (hasPrefix)
                {
                    start = prefix.Index;
                }

                merged.Add(Range(start, b.End, a.Value, b.Value));
                i++;
                continue;
            }

            if (FirstDay(a, text, merged.Count == 0 ? 0 : merged[^1].End) is { } first)
            {
                merged.Add(Range(first.Match.Index, a.End, first.Value, a.Value));
                continue;
            }

            merged.Add(a);
        }

        return merged;
    }

    /// <summary>
    /// The TimeML reading of "من 8 الى 19 مايو": the bare first day becomes a DATE of its own, in the month of the
    /// full date after it; both ends stay apart.
    /// </summary>
    public static List<TemporalCandidate> SplitFirstDay(List<TemporalCandidate> kept, string text)
    {
        var result = new List<TemporalCandidate>(kept.Count + 1);
        foreach (TemporalCandidate a in kept)
        {
            if (FirstDay(a, text, result.Count == 0 ? 0 : result[^1].End) is { } first)
            {
                Group d = first.Match.Groups["d"];
                result.Add(new TemporalCandidate(d.Index, d.Index + d.Length, TemporalTypes.Date, first.Value));
            }

            result.Add(a);
        }

        return result;
    }

    // The bare day before a full date ("من 8 الى 19 مايو"), in that date's month, when nothing kept lies between.
    private static (Match Match, string Value)? FirstDay(TemporalCandidate a, string text, int lastEnd)
    {
        if (!IsDay(a))
        {
            return null;
        }

        int from = Math.Max(0, a.Start - 48);
        Match first = s_firstDay.Match(text, from, a.Start - from);
        return first.Success && (first.Groups["c"].Value != "و" || first.Groups["p"].Value == "بين")
            && lastEnd <= first.Index
            && ArabicNumbers.ParseSmall(first.Groups["d"].Value) is { } day
            && DateOnly.TryParseExact(a.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly end)
            && day >= 1 && day < end.Day
            ? (first, Timex.FormatDay(new DateOnly(end.Year, end.Month, day)))
            : null;
    }

    private static bool IsDay(TemporalCandidate c) => c.Type == TemporalTypes.Date && c.Value.Length == 10 && c.Value[4] == '-' && c.Value[7] == '-';

    private static TemporalCandidate Range(int start, int end, string from, string to)
    {
        DateOnly a = DateOnly.ParseExact(from, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        DateOnly b = DateOnly.ParseExact(to, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        int days = b.DayNumber - a.DayNumber;
        return new TemporalCandidate(start, end, TemporalTypes.Date, string.Create(CultureInfo.InvariantCulture, $"({from},{to},P{Math.Abs(days)}D)"));
    }
}
