using Ingestion.Enrichment.Engine.Entities.Features;
using Ingestion.Enrichment.Engine.Entities.Representations;
using Ingestion.Enrichment.Engine.Text;

namespace Ingestion.Enrichment.Engine.Tests.Entities.Features;

public class FeatureExtractorClusterTests
{
    private static readonly WordClusters s_clusters = Clusters(("بغداد", 1, 5), ("دمشق", 1, 5), ("تفاحة", 0, 2));

    [Fact]
    public void Extract_WordsOfOneCluster_ShareTheirClusterKeys()
    {
        List<ulong> baghdad = KeysOf("زار بغداد", 1, s_clusters);
        List<ulong> damascus = KeysOf("زار دمشق", 1, s_clusters);
        List<ulong> apple = KeysOf("زار تفاحة", 1, s_clusters);

        Assert.True(baghdad.Intersect(damascus).Count() > KeysOf("زار بغداد", 1, null).Intersect(KeysOf("زار دمشق", 1, null)).Count());
        Assert.True(baghdad.Intersect(damascus).Count() > baghdad.Intersect(apple).Count());
    }

    [Fact]
    public void Extract_WordWithAClitic_ReadsTheClusterOfItsStem()
    {
        // Neither وبغداد nor ودمشق is in the file; their stems are, in the same cluster.
        List<ulong> withClitic = KeysOf("وبغداد", 0, s_clusters);
        List<ulong> otherWithClitic = KeysOf("ودمشق", 0, s_clusters);

        Assert.True(withClitic.Intersect(otherWithClitic).Count() > KeysOf("وبغداد", 0, null).Intersect(KeysOf("ودمشق", 0, null)).Count());
    }

    [Fact]
    public void Extract_NoClusters_AddsNoClusterKeys()
    {
        Assert.True(KeysOf("زار بغداد", 1, s_clusters).Count > KeysOf("زار بغداد", 1, null).Count);
        Assert.Empty(KeysOf("زار بغداد", 1, null).Except(KeysOf("زار بغداد", 1, s_clusters)));
    }

    private static List<ulong> KeysOf(string text, int tokenIndex, WordClusters? clusters)
    {
        List<Token> tokens = Tokenizer.Tokenize(text);
        var keys = new List<ulong>();
        var ends = new int[tokens.Count];
        new FeatureExtractor(NerLexicons.Default) { Clusters = clusters }.Extract(text, tokens, 0, tokens.Count, keys, ends);
        int from = tokenIndex == 0 ? 0 : ends[tokenIndex - 1];
        return keys.GetRange(from, ends[tokenIndex] - from);
    }

    private static WordClusters Clusters(params (string Word, int Coarse, int Fine)[] words)
    {
        using var stream = new MemoryStream();
        WordClusters.Write(stream, [.. words.Select(w => w.Word)], [2, 8, 16], [[.. words.Select(w => w.Coarse)], [.. words.Select(w => w.Fine)], [.. words.Select(w => w.Fine)]]);
        stream.Position = 0;
        return WordClusters.Read(stream);
    }
}
