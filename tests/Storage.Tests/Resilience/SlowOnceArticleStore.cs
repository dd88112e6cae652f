using Ingestion.Storage.Persistence;

namespace Ingestion.Storage.Tests.Resilience;

/// <summary>A store whose first write never answers until it is cancelled; later writes go to the inner store.</summary>
internal sealed class SlowOnceArticleStore(IArticleStore inner) : IArticleStore
{
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public string Kind => inner.Kind;

    public string Location => inner.Location;

    public Task InitializeAsync(CancellationToken cancellationToken) => inner.InitializeAsync(cancellationToken);

    public async Task<UpsertOutcome> UpsertAsync(ArticleDocument document, CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref _calls) == 1)
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
        }

        return await inner.UpsertAsync(document, cancellationToken);
    }

    public Task<IReadOnlyList<UpsertOutcome>> UpsertManyAsync(IReadOnlyList<ArticleDocument> documents, CancellationToken cancellationToken) =>
        inner.UpsertManyAsync(documents, cancellationToken);

    public Task<ArticleDocument?> FindAsync(string id, CancellationToken cancellationToken) => inner.FindAsync(id, cancellationToken);

    public Task<long> CountAsync(CancellationToken cancellationToken) => inner.CountAsync(cancellationToken);

    public IAsyncEnumerable<ArticleDocument> ExportAsync(CancellationToken cancellationToken) => inner.ExportAsync(cancellationToken);

    public Task<IReadOnlyList<ArticleDocument>> FindByEntityAsync(string text, string? type, int limit, CancellationToken cancellationToken) =>
        inner.FindByEntityAsync(text, type, limit, cancellationToken);

    public Task<bool> PingAsync(CancellationToken cancellationToken) => inner.PingAsync(cancellationToken);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
