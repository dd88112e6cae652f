namespace Ingestion.FeedWatcher.Ledger;

/// <summary>One article in the intake ledger: where it came from and how far it got.</summary>
public sealed class LedgerEntry
{
    /// <summary>The article id (content-derived); LiteDB's document key.</summary>
    public required string Id { get; set; }

    public required string FileName { get; set; }

    public ArticleState State { get; set; }

    public DateTime PublishedAtUtc { get; set; }

    public DateTime? EnrichedAtUtc { get; set; }

    public DateTime? StoredAtUtc { get; set; }

    /// <summary>How many times it was published: more than one when it was not stored in time and went out again.</summary>
    public int Attempts { get; set; } = 1;

    /// <summary>Why it failed downstream, when it did.</summary>
    public string? Failure { get; set; }

    /// <summary>The published message (JSON), kept until the article is stored, so it can be published again.</summary>
    public string? Message { get; set; }
}
