namespace Ingestion.Enrichment.Engine.Entities.Features;

// Everything the templates read about one token, hashed once per token rather than once per template.
internal struct TokenInfo
{
    public ulong Raw;
    public ulong Norm;
    public ulong Stem;
    public ulong Clitic;
    public ulong Shape;
    public ulong Prefix1;
    public ulong Prefix2;
    public ulong Prefix3;
    public ulong Suffix1;
    public ulong Suffix2;
    public ulong Suffix3;

    // The word's and its clitic-stripped stem's clusters (WordClusters.Lookup), Unknown when none are loaded.
    public ulong Cluster;
    public ulong StemCluster;
    public int StemStart;
    public int StemLength;
    public TokenFlags Flags;
}
