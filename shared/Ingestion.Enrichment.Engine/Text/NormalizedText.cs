namespace Ingestion.Enrichment.Engine.Text;

/// <summary>
/// A normalized string with the way back: <c>OriginalOffsets[i]</c> is the index in the original text of normalized
/// character <c>i</c>, and <c>OriginalOffsets[Value.Length]</c> is the original length.
/// </summary>
public sealed record NormalizedText(string Value, int[] OriginalOffsets)
{
    /// <summary>
    /// Maps a normalized span [start, end) back to the original text's span. The end takes in the marks that
    /// followed the span's last letter (its diacritics), which belong to the word.
    /// </summary>
    public (int Start, int End) ToOriginal(int start, int end) => (OriginalOffsets[start], OriginalOffsets[end]);
}
