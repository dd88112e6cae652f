using System.ComponentModel.DataAnnotations;

namespace Ingestion.FeedWatcher.Ledger;

/// <summary>
/// How the ledger learns what was stored, and when an article published but not stored goes out again. Bound from
/// <c>Feed:Republish</c>.
/// </summary>
public sealed class RepublishOptions
{
    public const string SectionName = "Feed:Republish";

    /// <summary>An article not stored this long after it was published is published again (the store's upsert makes it safe).</summary>
    public TimeSpan After { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How often the ledger is checked for stalled articles.</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>At most this many articles go out again per check.</summary>
    [Range(1, 100_000)]
    public int BatchSize { get; set; } = 500;

    /// <summary>
    /// How often the ledger asks the storage service which of its pending articles it holds (one request per
    /// <see cref="StoredQueryBatch"/> pending articles, the oldest first); <c>ingest status</c> shows an article stored
    /// within about this long of its storage.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan StoredCheckInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Article ids per request to the storage service.</summary>
    [Range(1, 10_000)]
    public int StoredQueryBatch { get; set; } = 1000;

    /// <summary>How long the storage service has to answer; without an answer the sweep tries again at its next tick.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan StoredQueryTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
