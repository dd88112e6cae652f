namespace Ingestion.Enrichment.Engine.Entities.Representations;

/// <summary>
/// Nested word clusters from word vectors: k-means of the words into the finest number of clusters, then k-means of
/// those centroids into each coarser number, so a coarse cluster is a union of fine ones (as Brown clusters' prefixes
/// are) and only the finest pass pays for every word.
/// </summary>
public static class WordClustering
{
    /// <summary>Cluster indices per granularity (sizes coarsest first), one per word of <paramref name="vectors"/>.</summary>
    public static IReadOnlyList<int[]> Cluster(WordVectors vectors, IReadOnlyList<int> sizes, int iterations, int seed, int parallelism, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        ArgumentNullException.ThrowIfNull(sizes);
        int finest = sizes.Max();
        (int[] fine, float[] centroids) = KMeans.Cluster(vectors.Values, vectors.Dimension, finest, iterations, seed, parallelism, cancellationToken);
        var result = new int[sizes.Count][];
        for (int s = 0; s < sizes.Count; s++)
        {
            if (sizes[s] == finest)
            {
                result[s] = fine;
                continue;
            }

            (int[] coarse, _) = KMeans.Cluster(centroids, vectors.Dimension, sizes[s], iterations * 3, seed, parallelism, cancellationToken);
            result[s] = [.. fine.Select(c => coarse[c])];
        }

        return result;
    }
}
