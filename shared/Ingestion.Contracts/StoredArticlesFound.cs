namespace Ingestion.Contracts;

/// <summary>The storage service's answer to <see cref="FindStoredArticles"/>.</summary>
public sealed record StoredArticlesFound
{
    /// <summary>
    /// The ids asked about that the store holds and has announced (<see cref="ArticleStored"/> published): an article
    /// written but not yet announced is not in the list, so it is asked about again.
    /// </summary>
    public IReadOnlyList<string> ArticleIds { get; init; } = [];

    /// <summary>When the store answered.</summary>
    public DateTimeOffset AnsweredAt { get; init; }
}
