namespace Ingestion.FeedWatcher.Ledger;

/// <summary>One article in the intake ledger: where it came from and how far it got.</summary>
public sealed class LedgerEntry
{
    /// <summary>The article id (content-derived); LiteDB's document key.</summary>
    public required string Id { get; set; }

    /// <summary>The feed file's name when it was read (it may carry a suffix in <c>processed/</c>: <c>a.1.txt</c>).</summary>
    public required string FileName { get; set; }

    /// <summary>The SHA-256 of the file's bytes: finds the file again in <c>processed/</c> to publish the article again.</summary>
    public string? FileHash { get; set; }

    /// <summary>The file's modification time when it was read, which an undated feed item takes as its date.</summary>
    public DateTime? FileWrittenAtUtc { get; set; }

    public ArticleState State { get; set; }

    /// <summary>When the file was read and the article first published (the message's <c>receivedAt</c>).</summary>
    public DateTime PublishedAtUtc { get; set; }

    /// <summary>
    /// While the article is not yet found in the store: when it last went out. Null once stored or failed. Indexed, so
    /// the sweep reads the oldest pending articles without reading the others.
    /// </summary>
    public DateTime? PendingSinceUtc { get; set; }

    /// <summary>Kept for ledgers written before; no longer recorded.</summary>
    public DateTime? EnrichedAtUtc { get; set; }

    /// <summary>When the watcher found it in the store (within one sweep of the store's own time).</summary>
    public DateTime? StoredAtUtc { get; set; }

    /// <summary>How many times it was published: more than one when it was not stored in time and went out again.</summary>
    public int Attempts { get; set; } = 1;

    /// <summary>Why it failed downstream, when it did.</summary>
    public string? Failure { get; set; }

    /// <summary>
    /// The published message (JSON), kept by ledgers written before the file in <c>processed/</c> became the copy
    /// that is published again. Read when present; never written now.
    /// </summary>
    public string? Message { get; set; }
}
