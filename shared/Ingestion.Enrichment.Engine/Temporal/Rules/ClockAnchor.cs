using Ingestion.Contracts;

namespace Ingestion.Enrichment.Engine.Temporal.Rules;

/// <summary>
/// Gives a clock time its day (TimeML writes "at 8:00" on 24 November as <c>2018-11-24T08:00</c>): the latest
/// day named before it, a few sentences back at most, else the reference date (TempEval-3's convention; the Recognizers-Text
/// specs keep a bare <c>T08:00</c> instead).
/// </summary>
internal static class ClockAnchor
{
    // How far back (in characters, a few sentences) the day a story last named still anchors a clock time: "Police
    // came on Friday. ... They left at 10:35 a.m." is Friday's 10:35, not the article date's. EnglishAnaphora's "the
    // next day" reaches as far.
    internal const int NarrativeReach = 600;

    public static List<TemporalCandidate> Anchor(List<TemporalCandidate> kept, string text, DateOnly reference, bool toReference, bool lookAhead = false)
    {
        for (int i = 0; i < kept.Count; i++)
        {
            TemporalCandidate clock = kept[i];
            if (clock.Type != TemporalTypes.Time || clock.Value.Length < 3 || clock.Value[0] != 'T' || !char.IsAsciiDigit(clock.Value[1]))
            {
                continue;
            }

            string? day = lookAhead ? DayJustAfter(kept, i, text) : null;
            for (int j = i - 1; j >= 0 && day is null; j--)
            {
                if (clock.Start - kept[j].End > NarrativeReach)
                {
                    break;
                }

                day = DayOf(kept[j].Value);
            }

            day ??= toReference ? Timex.FormatDay(reference) : null;
            if (day is not null)
            {
                kept[i] = clock with { Value = day + clock.Value };
            }
        }

        return kept;
    }

    // "at 7 a.m. local time (1100 GMT) on Sunday", "at 4 p.m., or 2000 GMT, Friday": a day named a few words after
    // the clock time, in the same clause, is its day (the merger joins them only when nothing stands between).
    // English only for now: the Arabic gold was not measured with it.
    private const int ForwardReach = 40;

    private static string? DayJustAfter(List<TemporalCandidate> kept, int i, string text)
    {
        int from = kept[i].End;
        for (int j = i + 1; j < kept.Count && kept[j].Start - from <= ForwardReach; j++)
        {
            if (text.AsSpan(from, kept[j].Start - from).IndexOfAny(".;!?\n") >= 0)
            {
                return null;
            }

            if (DayOf(kept[j].Value) is { } day)
            {
                return day;
            }

            from = kept[j].End;
        }

        return null;
    }

    /// <summary>The day (<c>yyyy-MM-dd</c>) a value starts with, or null when it names no day.</summary>
    internal static string? DayOf(string value) =>
        value.Length >= 10 && value[4] == '-' && value[7] == '-' && char.IsAsciiDigit(value[0]) && char.IsAsciiDigit(value[9]) ? value[..10] : null;
}
