namespace Ingestion.Contracts;

/// <summary>An enriched article was persisted. Carries where, and a summary for subscribers that only index.</summary>
public sealed record ArticleStored
{
    /// <summary>Version of this message's schema; see <see cref="ContractVersions"/>.</summary>
    public int SchemaVersion { get; init; } = ContractVersions.ArticleStored;

    /// <summary>Stable article id: the document's id in the store.</summary>
    public required string ArticleId { get; init; }

    /// <summary>SHA-256 of the article text, lower-case hex.</summary>
    public required string ContentHash { get; init; }

    /// <summary>When the document was written.</summary>
    public required DateTimeOffset StoredAt { get; init; }

    /// <summary>The store kind: <c>mongodb</c> or <c>litedb</c>.</summary>
    public required string Store { get; init; }

    /// <summary>Where in the store: database and collection, e.g. <c>ingestion/articles</c>.</summary>
    public required string Location { get; init; }

    /// <summary>True when this write created the document, false when it replaced an existing one.</summary>
    public bool Created { get; init; }

    /// <summary>The feed file that carried the article.</summary>
    public required string FileName { get; init; }

    /// <summary>The headline.</summary>
    public required string Title { get; init; }

    /// <summary>Detected language.</summary>
    public required string Language { get; init; }

    /// <summary>When the source says the article was published, if it says.</summary>
    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>When the feed-watcher read the file; with <see cref="StoredAt"/> gives drop-to-stored latency.</summary>
    public required DateTimeOffset ReceivedAt { get; init; }

    /// <summary>How many entities were stored.</summary>
    public int EntityCount { get; init; }

    /// <summary>How many temporal expressions were stored.</summary>
    public int TemporalCount { get; init; }
}
