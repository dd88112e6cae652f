using Ingestion.Storage.Persistence;
using Ingestion.Storage.Resilience;

namespace Ingestion.Storage.Tests.Resilience;

/// <summary>Sits where the consumer calls the store and counts the writes that reached it as an outage, past the pipeline.</summary>
internal sealed class OutageCountingArticleStore(IArticleStore inner) : IArticleStore
{
    private int _outages;

    public int Outages => Volatile.Read(ref _outages);

    public string Kind => inner.Kind;

    public string Location => inner.Location;

    public Task InitializeAsync(CancellationToken cancellationToken) => inner.InitializeAsync(cancellationToken);

    public async Task<UpsertOutcome> UpsertAsync(ArticleDocument document, CancellationToken cancellationToken)
    {
        try
        {
            return await inner.UpsertAsync(document, cancellationToken);
        }
        catch (Exception ex) when (StoreFailures.IsOutage(ex))
        {
            Interlocked.Increment(ref _outages);
            throw;
        }
    }

    public Task<IReadOnlyList<UpsertOutcome>> UpsertManyAsync(IReadOnlyList<ArticleDocument> documents, CancellationToken cancellationToken) =>
        inner.UpsertManyAsync(documents, cancellationToken);

    public Task<ArticleDocument?> FindAsync(string id, CancellationToken cancellationToken) => inner.FindAsync(id, cancellationToken);

    public Task<long> CountAsync(CancellationToken cancellationToken) => inner.CountAsync(cancellationToken);

    public IAsyncEnumerable<ArticleDocument> ExportAsync(CancellationToken cancellationToken) => inner.ExportAsync(cancellationToken);

    public Task<IReadOnlyList<ArticleDocument>> FindByEntityAsync(string text, string? type, int limit, CancellationToken cancellationToken) =>
        inner.FindByEntityAsync(text, type, limit, cancellationToken);

    public Task<bool> PingAsync(CancellationToken cancellationToken) => inner.PingAsync(cancellationToken);

    public ValueTask DisposeAsync() => inner.DisposeAsync();
}
