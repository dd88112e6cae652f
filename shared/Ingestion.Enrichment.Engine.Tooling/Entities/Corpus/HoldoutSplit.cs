namespace Ingestion.Enrichment.Engine.Entities.Corpus;

/// <summary>
/// Splits a corpus into a training part and one contiguous held-out slice, for dev scores. Contiguous, because
/// neighbouring sentences come from the same article and would leak its names into the training part.
/// </summary>
public static class HoldoutSplit
{
    /// <summary>How many slices of <paramref name="percent"/>% a corpus has: 10 for 10%, 4 for 30% (the first one shorter).</summary>
    public static int SliceCount(int percent) => percent <= 0 ? 0 : (100 + percent - 1) / percent;

    /// <summary>
    /// Holds out <paramref name="percent"/>% of the sentences (rounded up): slice <paramref name="slice"/> of
    /// <see cref="SliceCount"/>, counted from the start, each slice as long as the last one, so the last slice is the
    /// last <paramref name="percent"/>% and slice 9 of 10 the sentences at 80-90%. Null <paramref name="slice"/>: the
    /// last. The training part is everything else, in order.
    /// </summary>
    public static (List<T> Train, List<T> Dev) Split<T>(IReadOnlyList<T> corpus, int percent, int? slice = null)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentOutOfRangeException.ThrowIfNegative(percent);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percent, 99);
        int slices = SliceCount(percent);
        int chosen = slice ?? slices;
        if (slices > 0)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(chosen, 1, nameof(slice));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(chosen, slices, nameof(slice));
        }

        int size = (int)Math.Ceiling(corpus.Count * percent / 100.0);
        int end = Math.Max(0, corpus.Count - ((slices - chosen) * size));
        int start = Math.Max(0, end - size);
        List<T> train = [.. corpus.Take(start), .. corpus.Skip(end)];
        List<T> dev = [.. corpus.Skip(start).Take(end - start)];
        return (train, dev);
    }
}
