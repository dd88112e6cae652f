namespace Ingestion.Contracts;

/// <summary>
/// A new article read from the feed. Published once per distinct article content by the feed-watcher.
/// </summary>
/// <remarks>
/// Contract policy: members are only ever added, and only as optional; a breaking change is a new type.
/// </remarks>
public sealed record ArticleDiscovered
{
    /// <summary>Version of this message's schema; see <see cref="ContractVersions"/>.</summary>
    public int SchemaVersion { get; init; } = ContractVersions.ArticleDiscovered;

    /// <summary>Stable article id, derived from the content hash: the same text always gets the same id.</summary>
    public required string ArticleId { get; init; }

    /// <summary>SHA-256 of the normalized article text (headline, newline, body), lower-case hex.</summary>
    public required string ContentHash { get; init; }

    /// <summary>The headline.</summary>
    public required string Title { get; init; }

    /// <summary>The body, NFC-normalized with <c>\n</c> newlines.</summary>
    public required string Body { get; init; }

    /// <summary>Language declared by the source (BCP 47), if any; enrichment detects it regardless.</summary>
    public string? DeclaredLanguage { get; init; }

    /// <summary>When the source says the article was published, if it says.</summary>
    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>
    /// Null when <see cref="PublishedAt"/> is what the source said; <see cref="PublishedAtSources.FileTime"/> when the
    /// source gave no date that could be read and <see cref="PublishedAt"/> is the feed file's modification time.
    /// </summary>
    public string? PublishedAtSource { get; init; }

    /// <summary>When the feed-watcher read the file.</summary>
    public required DateTimeOffset ReceivedAt { get; init; }

    /// <summary>Where the article came from.</summary>
    public required ArticleOrigin Origin { get; init; }

    /// <summary>
    /// Free-form metadata the source attached (JSON <c>metadata</c> object), as strings. Keys never contain
    /// <c>$</c> or <c>.</c>, so a store can keep them as field names of a sub-document.
    /// </summary>
    public IReadOnlyDictionary<string, string>? Metadata { get; init; }
}
