using Ingestion.Storage.Persistence.Querying;

namespace Ingestion.Storage.Persistence;

/// <summary>
/// A store that hands every call to an inner one; decorators (resilience, test faults) override only what they
/// change.
/// </summary>
public abstract class DelegatingArticleStore(IArticleStore inner) : IArticleStore
{
    protected IArticleStore Inner { get; } = inner ?? throw new ArgumentNullException(nameof(inner));

    public virtual string Kind => Inner.Kind;

    public virtual string Location => Inner.Location;

    public virtual Task InitializeAsync(CancellationToken cancellationToken) => Inner.InitializeAsync(cancellationToken);

    public virtual Task<UpsertOutcome> UpsertAsync(ArticleDocument document, CancellationToken cancellationToken) =>
        Inner.UpsertAsync(document, cancellationToken);

    public virtual Task<IReadOnlyList<UpsertOutcome>> UpsertManyAsync(IReadOnlyList<ArticleDocument> documents, CancellationToken cancellationToken) =>
        Inner.UpsertManyAsync(documents, cancellationToken);

    public virtual Task<IReadOnlyDictionary<string, string>> FindAnnouncedAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        Inner.FindAnnouncedAsync(ids, cancellationToken);

    public virtual Task MarkAnnouncedAsync(IReadOnlyCollection<ArticleAnnouncement> announcements, CancellationToken cancellationToken) =>
        Inner.MarkAnnouncedAsync(announcements, cancellationToken);

    public virtual Task<ArticleDocument?> FindAsync(string id, CancellationToken cancellationToken) => Inner.FindAsync(id, cancellationToken);

    public virtual Task<long> CountAsync(CancellationToken cancellationToken) => Inner.CountAsync(cancellationToken);

    public virtual IAsyncEnumerable<ArticleDocument> ExportAsync(CancellationToken cancellationToken) => Inner.ExportAsync(cancellationToken);

    public virtual Task<IReadOnlyList<ArticleDocument>> FindByEntityAsync(string text, string? type, int limit, CancellationToken cancellationToken) =>
        Inner.FindByEntityAsync(text, type, limit, cancellationToken);

    public virtual Task<ArticleQueryPage> QueryAsync(ArticleQuery query, CancellationToken cancellationToken) =>
        Inner.QueryAsync(query, cancellationToken);

    public virtual Task<IReadOnlyList<StoredTiming>> StoredSinceAsync(DateTimeOffset since, int limit, CancellationToken cancellationToken) =>
        Inner.StoredSinceAsync(since, limit, cancellationToken);

    public virtual Task<bool> PingAsync(CancellationToken cancellationToken) => Inner.PingAsync(cancellationToken);

    public virtual async ValueTask DisposeAsync()
    {
        await Inner.DisposeAsync().ConfigureAwait(false);
        GC.SuppressFinalize(this);
    }
}
