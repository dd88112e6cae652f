using Ingestion.Storage.Persistence.Querying;

namespace Ingestion.Storage.Persistence;

/// <summary>
/// Where enriched articles are kept. Writes are idempotent upserts by the article's id, so a redelivered message
/// never makes a second document.
/// </summary>
public interface IArticleStore : IAsyncDisposable
{
    /// <summary>The store kind, as in <c>ArticleStored.Store</c>: <c>mongodb</c> or <c>litedb</c>.</summary>
    string Kind { get; }

    /// <summary>Where the documents live, e.g. <c>ingestion/articles</c> or the LiteDB file and collection.</summary>
    string Location { get; }

    /// <summary>Creates collections and indexes. Idempotent: every start-up calls it.</summary>
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>Inserts the document, or replaces the one with the same id.</summary>
    Task<UpsertOutcome> UpsertAsync(ArticleDocument document, CancellationToken cancellationToken);

    /// <summary>Inserts or replaces many documents in one round trip where the store allows it.</summary>
    Task<IReadOnlyList<UpsertOutcome>> UpsertManyAsync(IReadOnlyList<ArticleDocument> documents, CancellationToken cancellationToken);

    /// <summary>
    /// The revision at which each of these ids was announced; ids never announced are absent. The storage consumer
    /// publishes <c>ArticleStored</c> only for the rest, so a redelivered message makes no second event.
    /// </summary>
    Task<IReadOnlyDictionary<string, string>> FindAnnouncedAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken);

    /// <summary>Records the announcements, replacing earlier marks of the same ids. Idempotent.</summary>
    Task MarkAnnouncedAsync(IReadOnlyCollection<ArticleAnnouncement> announcements, CancellationToken cancellationToken);

    Task<ArticleDocument?> FindAsync(string id, CancellationToken cancellationToken);

    Task<long> CountAsync(CancellationToken cancellationToken);

    /// <summary>Every document, ordered by id, streamed.</summary>
    IAsyncEnumerable<ArticleDocument> ExportAsync(CancellationToken cancellationToken);

    /// <summary>Documents that mention an entity with this exact text (and type, when given).</summary>
    Task<IReadOnlyList<ArticleDocument>> FindByEntityAsync(string text, string? type, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// One page of the articles that meet every filter of the query, newest stored first, found through the search
    /// indexes (<see cref="ArticleDocument.Search"/>) rather than by reading every document.
    /// </summary>
    Task<ArticleQueryPage> QueryAsync(ArticleQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// The receipt and storage times of articles stored since <paramref name="since"/>, newest first, at most
    /// <paramref name="limit"/>: read through the storedAt index, for the status page's rate and latency.
    /// </summary>
    Task<IReadOnlyList<StoredTiming>> StoredSinceAsync(DateTimeOffset since, int limit, CancellationToken cancellationToken);

    /// <summary>True when the store answers; used by the readiness check.</summary>
    Task<bool> PingAsync(CancellationToken cancellationToken);
}
