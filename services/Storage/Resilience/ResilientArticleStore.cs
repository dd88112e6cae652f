using Ingestion.Storage.Persistence;
using Polly;

namespace Ingestion.Storage.Resilience;

/// <summary>
/// Runs every write of the inner store through the <see cref="ArticleStoreWritePipeline"/>. Reads pass straight
/// through: their callers (the CLI, the readiness check) want the store's answer now, not after retries. Writes are
/// idempotent upserts by id, so a retried write that did land the first time only replaces the same document. The
/// announcement marks are read and written on the consumer's path, between the upsert and the publish, so they go
/// through the pipeline too: an outage there holds the message like a failed upsert does.
/// </summary>
public sealed class ResilientArticleStore(IArticleStore inner, ResiliencePipeline writePipeline) : DelegatingArticleStore(inner)
{
    private readonly ResiliencePipeline _writePipeline = writePipeline ?? throw new ArgumentNullException(nameof(writePipeline));

    public override async Task<UpsertOutcome> UpsertAsync(ArticleDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        return await _writePipeline.ExecuteAsync(
            static async (state, token) => await state.Store.UpsertAsync(state.Document, token).ConfigureAwait(false),
            (Store: Inner, Document: document),
            cancellationToken).ConfigureAwait(false);
    }

    public override async Task<IReadOnlyList<UpsertOutcome>> UpsertManyAsync(IReadOnlyList<ArticleDocument> documents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return await _writePipeline.ExecuteAsync(
            static async (state, token) => await state.Store.UpsertManyAsync(state.Documents, token).ConfigureAwait(false),
            (Store: Inner, Documents: documents),
            cancellationToken).ConfigureAwait(false);
    }

    public override async Task<IReadOnlyDictionary<string, string>> FindAnnouncedAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return await _writePipeline.ExecuteAsync(
            static async (state, token) => await state.Store.FindAnnouncedAsync(state.Ids, token).ConfigureAwait(false),
            (Store: Inner, Ids: ids),
            cancellationToken).ConfigureAwait(false);
    }

    public override async Task MarkAnnouncedAsync(IReadOnlyCollection<ArticleAnnouncement> announcements, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(announcements);
        await _writePipeline.ExecuteAsync(
            static async (state, token) => await state.Store.MarkAnnouncedAsync(state.Announcements, token).ConfigureAwait(false),
            (Store: Inner, Announcements: announcements),
            cancellationToken).ConfigureAwait(false);
    }
}
