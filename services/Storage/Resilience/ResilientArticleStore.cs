using Ingestion.Storage.Persistence;
using Polly;

namespace Ingestion.Storage.Resilience;

/// <summary>
/// Runs every write of the inner store through the <see cref="ArticleStoreWritePipeline"/>. Reads pass straight
/// through: their callers (the CLI, the readiness check) want the store's answer now, not after retries. Writes are
/// idempotent upserts by id, so a retried write that did land the first time only replaces the same document.
/// </summary>
public sealed class ResilientArticleStore(IArticleStore inner, ResiliencePipeline writePipeline) : IArticleStore
{
    private readonly IArticleStore _inner = inner ?? throw new ArgumentNullException(nameof(inner));
    private readonly ResiliencePipeline _writePipeline = writePipeline ?? throw new ArgumentNullException(nameof(writePipeline));

    public string Kind => _inner.Kind;

    public string Location => _inner.Location;

    public Task InitializeAsync(CancellationToken cancellationToken) => _inner.InitializeAsync(cancellationToken);

    public async Task<UpsertOutcome> UpsertAsync(ArticleDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        return await _writePipeline.ExecuteAsync(
            static async (state, token) => await state.Store.UpsertAsync(state.Document, token).ConfigureAwait(false),
            (Store: _inner, Document: document),
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<UpsertOutcome>> UpsertManyAsync(IReadOnlyList<ArticleDocument> documents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return await _writePipeline.ExecuteAsync(
            static async (state, token) => await state.Store.UpsertManyAsync(state.Documents, token).ConfigureAwait(false),
            (Store: _inner, Documents: documents),
            cancellationToken).ConfigureAwait(false);
    }

    public Task<ArticleDocument?> FindAsync(string id, CancellationToken cancellationToken) => _inner.FindAsync(id, cancellationToken);

    public Task<long> CountAsync(CancellationToken cancellationToken) => _inner.CountAsync(cancellationToken);

    public IAsyncEnumerable<ArticleDocument> ExportAsync(CancellationToken cancellationToken) => _inner.ExportAsync(cancellationToken);

    public Task<IReadOnlyList<ArticleDocument>> FindByEntityAsync(string text, string? type, int limit, CancellationToken cancellationToken) =>
        _inner.FindByEntityAsync(text, type, limit, cancellationToken);

    public Task<bool> PingAsync(CancellationToken cancellationToken) => _inner.PingAsync(cancellationToken);

    public ValueTask DisposeAsync() => _inner.DisposeAsync();
}
