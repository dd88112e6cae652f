namespace Ingestion.Enrichment.Engine.Entities.Model;

// Feature rows of a weight table (a key and `width` weights each) without the weights below a magnitude and without
// the rows left with none, sorted by key: what a saved model holds, whatever order training first saw the features.
internal static class WeightRows
{
    public static (ulong[] Keys, float[] Weights) Pruned(IReadOnlyList<ulong> keys, float[] weights, int width, float below)
    {
        var rows = new List<(ulong Key, int Row)>(keys.Count);
        for (int row = 0; row < keys.Count; row++)
        {
            Span<float> w = weights.AsSpan(row * width, width);
            bool any = false;
            for (int y = 0; y < width; y++)
            {
                w[y] = Math.Abs(w[y]) < below ? 0 : w[y];
                any |= w[y] != 0;
            }

            if (any)
            {
                rows.Add((keys[row], row));
            }
        }

        rows.Sort((a, b) => a.Key.CompareTo(b.Key));
        var kept = new float[rows.Count * width];
        for (int i = 0; i < rows.Count; i++)
        {
            weights.AsSpan(rows[i].Row * width, width).CopyTo(kept.AsSpan(i * width, width));
        }

        return ([.. rows.Select(r => r.Key)], kept);
    }
}
