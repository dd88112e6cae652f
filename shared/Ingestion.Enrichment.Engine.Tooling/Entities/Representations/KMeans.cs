namespace Ingestion.Enrichment.Engine.Entities.Representations;

/// <summary>
/// Spherical k-means (cosine): rows are L2-normalized, each goes to the centroid with the largest dot product.
/// Deterministic for a seed: the first centroids are rows drawn by a seeded shuffle, and centroid sums are added in
/// fixed chunks in chunk order, whatever the parallelism.
/// </summary>
public static class KMeans
{
    private const int ChunkRows = 2048;

    /// <summary>The cluster (0 to k - 1) of every row and the normalized centroids.</summary>
    public static (int[] Assignment, float[] Centroids) Cluster(float[] rows, int dimension, int k, int iterations, int seed, int parallelism, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        int n = rows.Length / dimension;
        ArgumentOutOfRangeException.ThrowIfLessThan(n, k);
        var data = (float[])rows.Clone();
        for (int i = 0; i < n; i++)
        {
            VectorMath.Normalize(data.AsSpan(i * dimension, dimension));
        }

        int[] order = [.. Enumerable.Range(0, n)];
        new Random(seed).Shuffle(order);
        var centroids = new float[k * dimension];
        for (int c = 0; c < k; c++)
        {
            data.AsSpan(order[c] * dimension, dimension).CopyTo(centroids.AsSpan(c * dimension, dimension));
        }

        var assignment = new int[n];
        int chunks = (n + ChunkRows - 1) / ChunkRows;
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism), CancellationToken = cancellationToken };
        for (int iteration = 0; iteration < iterations; iteration++)
        {
            var sums = new float[chunks][];
            Parallel.For(0, chunks, options, chunk =>
            {
                var sum = new float[k * dimension];
                for (int i = chunk * ChunkRows; i < Math.Min(n, (chunk + 1) * ChunkRows); i++)
                {
                    ReadOnlySpan<float> row = data.AsSpan(i * dimension, dimension);
                    int best = 0;
                    float bestScore = float.NegativeInfinity;
                    for (int c = 0; c < k; c++)
                    {
                        float score = VectorMath.Dot(row, centroids.AsSpan(c * dimension, dimension));
                        if (score > bestScore)
                        {
                            bestScore = score;
                            best = c;
                        }
                    }

                    assignment[i] = best;
                    VectorMath.AddScaled(1, row, sum.AsSpan(best * dimension, dimension));
                }

                sums[chunk] = sum;
            });

            var next = new float[k * dimension];
            foreach (float[] sum in sums)
            {
                VectorMath.AddScaled(1, sum, next);
            }

            for (int c = 0; c < k; c++)
            {
                Span<float> centroid = next.AsSpan(c * dimension, dimension);
                if (VectorMath.Dot(centroid, centroid) == 0)
                {
                    // An empty cluster keeps its old centre rather than vanish.
                    centroids.AsSpan(c * dimension, dimension).CopyTo(centroid);
                }

                VectorMath.Normalize(centroid);
            }

            centroids = next;
        }

        return (assignment, centroids);
    }
}
