using Ingestion.Contracts;
using Ingestion.Enrichment.Engine.Temporal.Rules;
using Ingestion.Enrichment.Engine.Text;

namespace Ingestion.Enrichment.Engine.Temporal;

/// <summary>
/// Rule-based TIMEX3 tagger for Arabic (all major dialect month names, Hijri months, Eastern Arabic digits) and
/// English news. Stateless and thread-safe: the compiled rules are built once per process.
/// </summary>
/// <remarks>
/// Arabic is matched on the folded text of <see cref="ArabicNormalizer"/> and every span is mapped back to the
/// original, so clitics ("وفي", "بالامس", "لعام") stay outside the annotation. Overlaps are settled by length:
/// "اليوم الخميس" wins over "اليوم" and "الخميس".
/// </remarks>
public sealed class RuleTemporalTagger : ITemporalTagger
{
    private static readonly RuleSet s_arabic = new(
        [.. ArabicCalendarRules.Rules, .. ArabicRelativeRules.Rules, .. ArabicDurationRules.Rules, .. ArabicClockRules.Rules, .. ArabicReferenceRules.Rules],
        clitics: true);

    private static readonly RuleSet s_english = new([.. EnglishRules.Rules, .. EnglishReferenceRules.Rules, .. EnglishRecurrences.Rules], clitics: false);

    private readonly bool _recognizersText;

    /// <param name="recognizersTextConventions">
    /// False (the default) follows TimeML: "من 8 الى 19 مايو" is two DATEs, 2018-05-08 and 2018-05-19, and a clock
    /// time with no day named in its sentence takes the reference date ("الساعة 10" = 2018-05-20T10:00). True follows
    /// the Recognizers-Text specs: one period valued <c>(2018-05-08,2018-05-19,P11D)</c>, and a bare <c>T10:00</c>.
    /// </param>
    public RuleTemporalTagger(bool recognizersTextConventions = false) => _recognizersText = recognizersTextConventions;

    /// <summary>Tags <paramref name="text"/>: "ar" runs the Arabic rules, "en" the English ones, anything else both.</summary>
    public IReadOnlyList<TemporalAnnotation> Tag(string text, string language, DateOnly referenceDate)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return [];
        }

        bool arabic = language is not "en";
        bool english = language is not "ar";
        FoldedText normalized = FoldedText.Create(text);
        var context = new RuleContext(normalized.Value, referenceDate);
        var candidates = new List<TemporalCandidate>();
        if (arabic && HasArabicAnchor(normalized.Value))
        {
            s_arabic.Run(context, candidates);
        }

        if (english && HasLatinOrDigit(normalized.Value))
        {
            s_english.Run(context, candidates);
        }

        return Select(candidates, normalized, text, arabic, referenceDate, _recognizersText);
    }

    private static List<TemporalAnnotation> Select(List<TemporalCandidate> candidates, FoldedText normalized, string text, bool arabicRanges, DateOnly reference, bool recognizersText)
    {
        if (candidates.Count == 0)
        {
            return [];
        }

        // Longest first, then earliest; a candidate overlapping an already kept one is dropped.
        candidates.Sort(static (a, b) => a.Length != b.Length ? b.Length.CompareTo(a.Length) : a.Start.CompareTo(b.Start));
        var kept = new List<TemporalCandidate>();
        foreach (TemporalCandidate candidate in candidates)
        {
            if (!kept.Exists(k => k.Start < candidate.End && candidate.Start < k.End))
            {
                kept.Add(candidate);
            }
        }

        kept.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        if (arabicRanges)
        {
            kept = recognizersText
                ? RecognizersTextSpans.Trim(RangeMerger.Merge(kept, normalized.Value), normalized.Value)
                : RangeMerger.SplitFirstDay(kept, normalized.Value);
        }

        if (!arabicRanges)
        {
            kept = DurationPrefix.Extend(kept, normalized.Value);
            kept = EnglishRangeEnd.Split(kept, normalized.Value);
            kept = EnglishAnaphora.Anchor(kept, normalized.Value);
            kept = EnglishPartOfDayOf.Merge(kept, normalized.Value);
        }

        kept = DateTimeMerger.Merge(kept, normalized.Value);
        kept = ClockAnchor.Anchor(kept, normalized.Value, reference, toReference: !recognizersText, lookAhead: !arabicRanges);

        var result = new List<TemporalAnnotation>(kept.Count);
        foreach (TemporalCandidate k in kept)
        {
            int start = normalized.OriginalIndex(k.Start);
            // The end is the last kept character's source; the marks after it are taken in below.
            int end = normalized.OriginalIndex(k.End - 1) + 1;
            while (end < text.Length && ArabicNormalizer.IsIgnorable(text[end]) && text[end] is not ('\u200F' or '\u200E' or '\u200C' or '\u200D'))
            {
                end++;
            }

            result.Add(new TemporalAnnotation
            {
                Text = text[start..end],
                Type = k.Type,
                Start = start,
                End = end,
                Value = k.Value,
                Mod = k.Mod,
            });
        }

        return result;
    }

    private static bool HasArabicAnchor(string text) => text.AsSpan().IndexOfAnyInRange('\u0621', '\u064A') >= 0;

    private static bool HasLatinOrDigit(string text) =>
        text.AsSpan().IndexOfAnyInRange('0', '9') >= 0 || text.AsSpan().IndexOfAnyInRange('A', 'z') >= 0;
}
