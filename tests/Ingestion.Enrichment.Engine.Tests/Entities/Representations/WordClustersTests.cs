using Ingestion.Enrichment.Engine.Entities.Features;
using Ingestion.Enrichment.Engine.Entities.Representations;

namespace Ingestion.Enrichment.Engine.Tests.Entities.Representations;

public class WordClustersTests
{
    [Fact]
    public void WriteThenRead_Words_LookUpTheirClustersAtEveryLevel()
    {
        using var stream = new MemoryStream();
        WordClusters.Write(stream, ["بغداد", "دمشق", "تفاحة"], [2, 4], [[0, 0, 1], [3, 2, 1]]);
        stream.Position = 0;

        WordClusters clusters = WordClusters.Read(stream);

        Assert.Equal([2, 4], clusters.Sizes);
        ulong damascus = clusters.Lookup(FeatureHash.Of("دمشق"));
        Assert.Equal(0UL, WordClusters.Level(damascus, 0));
        Assert.Equal(2UL, WordClusters.Level(damascus, 1));
        Assert.Equal(WordClusters.Unknown, clusters.Lookup(FeatureHash.Of("عمان")));
        Assert.Equal(WordClusters.Unknown, WordClusters.Level(WordClusters.Unknown, 1));
    }

    [Fact]
    public void Read_NoHeader_IsRejectedWithAClearError()
    {
        using var stream = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(stream, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        using (var writer = new StreamWriter(gzip))
        {
            writer.Write("بغداد\t1\n");
        }

        stream.Position = 0;

        InvalidDataException error = Assert.Throws<InvalidDataException>(() => WordClusters.Read(stream));
        Assert.Contains("# clusters", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cluster_TwoGroupsOfVectors_FinestSplitsThemAndCoarserNests()
    {
        // Two tight groups pointing different ways, two points each way within a group.
        float[] values = [1, 0, 0, 0.99f, 0.1f, 0, 0.98f, -0.1f, 0, 0, 1, 0, 0.1f, 0.99f, 0, -0.1f, 0.98f, 0];
        var vectors = new WordVectors(["a", "b", "c", "d", "e", "f"], values, 3);

        IReadOnlyList<int[]> clusters = WordClustering.Cluster(vectors, [2, 3], 10, 1, 2);

        int[] coarse = clusters[0];
        Assert.Equal(coarse[0], coarse[1]);
        Assert.Equal(coarse[0], coarse[2]);
        Assert.Equal(coarse[3], coarse[4]);
        Assert.NotEqual(coarse[0], coarse[3]);
        Assert.Equal(3, clusters[1].Distinct().Count());
    }
}
