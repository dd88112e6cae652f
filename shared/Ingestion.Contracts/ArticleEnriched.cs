namespace Ingestion.Contracts;

/// <summary>
/// An article with everything the enrichment engine found in it: the full enriched article, so that a
/// subscriber never has to read the store.
/// </summary>
public sealed record ArticleEnriched
{
    /// <summary>Version of this message's schema; see <see cref="ContractVersions"/>.</summary>
    public int SchemaVersion { get; init; } = ContractVersions.ArticleEnriched;

    /// <summary>Stable article id, as in <see cref="ArticleDiscovered.ArticleId"/>.</summary>
    public required string ArticleId { get; init; }

    /// <summary>SHA-256 of <see cref="Text"/>, lower-case hex.</summary>
    public required string ContentHash { get; init; }

    /// <summary>The headline.</summary>
    public required string Title { get; init; }

    /// <summary>
    /// The exact text the engine saw: headline, <c>\n</c>, body. All annotation offsets index into it.
    /// </summary>
    public required string Text { get; init; }

    /// <summary>Detected language: <c>ar</c>, <c>en</c> or <c>other</c>.</summary>
    public required string Language { get; init; }

    /// <summary>Confidence of the language detection, 0 to 1.</summary>
    public double LanguageConfidence { get; init; }

    /// <summary>When the source says the article was published, if it says.</summary>
    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>As <see cref="ArticleDiscovered.PublishedAtSource"/>: set when <see cref="PublishedAt"/> is the feed file's time.</summary>
    public string? PublishedAtSource { get; init; }

    /// <summary>When the feed-watcher read the file.</summary>
    public required DateTimeOffset ReceivedAt { get; init; }

    /// <summary>When enrichment finished.</summary>
    public required DateTimeOffset EnrichedAt { get; init; }

    /// <summary>The date relative expressions were resolved against (publishedAt if known, else receivedAt).</summary>
    public required DateOnly ReferenceDate { get; init; }

    /// <summary>Where the article came from, and the news agency of its dateline when one was found.</summary>
    public required ArticleSource Source { get; init; }

    /// <summary>Named entities, in text order.</summary>
    public required IReadOnlyList<EntityAnnotation> Entities { get; init; }

    /// <summary>Date and time expressions, in text order.</summary>
    public required IReadOnlyList<TemporalAnnotation> Temporal { get; init; }

    /// <summary>The engine that produced the annotations.</summary>
    public required EngineInfo Engine { get; init; }

    /// <summary>The source's free-form metadata, as in <see cref="ArticleDiscovered.Metadata"/>.</summary>
    public IReadOnlyDictionary<string, string>? Metadata { get; init; }

    /// <summary>Components that failed on this article; the others' results are still present.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
