namespace Ingestion.FeedWatcher.Ledger;

/// <summary>Where an article is on its way from the feed to the store, as the feed-watcher knows it.</summary>
public enum ArticleState
{
    /// <summary>Confirmed by the broker; not yet found in the store.</summary>
    Published,

    /// <summary>
    /// Written only by watchers before the ledger stopped reading <c>ArticleEnriched</c>; such entries are pending like
    /// <see cref="Published"/>. Where an article waits now shows in the queues (<c>ingest queues</c>).
    /// </summary>
    Enriched,

    /// <summary>Found in the store: the storage service holds it and announced it (<c>ArticleStored</c>).</summary>
    Stored,

    /// <summary>A downstream service gave up on it (<c>Fault&lt;T&gt;</c>): it sits in an error queue.</summary>
    Failed,
}
