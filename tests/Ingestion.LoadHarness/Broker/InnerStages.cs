namespace Ingestion.LoadHarness.Broker;

/// <summary>
/// The times of one article inside the pipeline, from the envelopes of its inner events: the watcher's publish of
/// <c>ArticleDiscovered</c>, the engine's end (<c>enrichedAt</c>) and the enrichment service's publish.
/// </summary>
internal sealed class InnerStages
{
    public DateTimeOffset? DiscoveredSentAt { get; set; }

    public DateTimeOffset? EnrichedAt { get; set; }

    public DateTimeOffset? EnrichedSentAt { get; set; }
}
