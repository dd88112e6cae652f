namespace Ingestion.Enrichment.Engine.Temporal.Rules;

/// <summary>
/// Where the Recognizers-Text specs draw an Arabic span narrower than TimeML: TimeML keeps the determiner inside
/// ("هذا اليوم", like "the past two years"), the specs annotate "اليوم" alone.
/// </summary>
internal static class RecognizersTextSpans
{
    private const string This = "هذا ";

    public static List<TemporalCandidate> Trim(List<TemporalCandidate> kept, string text)
    {
        for (int i = 0; i < kept.Count; i++)
        {
            TemporalCandidate c = kept[i];
            if (c.Length > This.Length && string.CompareOrdinal(text, c.Start, This + "اليوم", 0, This.Length + 5) == 0)
            {
                kept[i] = c with { Start = c.Start + This.Length };
            }
        }

        return kept;
    }
}
