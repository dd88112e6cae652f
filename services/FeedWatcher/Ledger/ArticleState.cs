namespace Ingestion.FeedWatcher.Ledger;

/// <summary>Where an article is on its way from the feed to the store, as the feed-watcher knows it.</summary>
public enum ArticleState
{
    /// <summary>Confirmed by the broker; not yet reported stored.</summary>
    Published,

    /// <summary>The enrichment service announced it (<c>ArticleEnriched</c>); not yet reported stored.</summary>
    Enriched,

    /// <summary>The storage service announced it (<c>ArticleStored</c>).</summary>
    Stored,

    /// <summary>A downstream service gave up on it (<c>Fault&lt;T&gt;</c>): it sits in an error queue.</summary>
    Failed,
}
