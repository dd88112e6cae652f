namespace Ingestion.FeedWatcher.Parsing;

/// <summary>One article as a reader found it in a feed file, before it becomes a message.</summary>
public sealed record ParsedArticle
{
    public required string Title { get; init; }

    public required string Body { get; init; }

    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>Where <see cref="PublishedAt"/> came from when not from the article itself; see <see cref="Contracts.PublishedAtSources"/>.</summary>
    public string? PublishedAtSource { get; init; }

    public string? SourceId { get; init; }

    public string? SourceName { get; init; }

    public string? Url { get; init; }

    public string? Language { get; init; }

    public IReadOnlyDictionary<string, string>? Metadata { get; init; }
}
