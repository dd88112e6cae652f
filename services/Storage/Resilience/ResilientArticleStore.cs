using Ingestion.Storage.Persistence;
using Polly;

namespace Ingestion.Storage.Resilience;

/// <summary>
/// Runs every write of the inner store (the upserts and the announcement marks) through the
/// <see cref="ArticleStoreWritePipeline"/>: its breaker and timeout. Reads pass straight through, the consumer's lookup
/// of the marks included: a read that meets an outage throws the store's own transient error, which the consumer's
/// message retry holds like a refused write. Nothing here retries: writes are idempotent upserts by id, and the message
/// retry owns the backoff.
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

    public override async Task MarkAnnouncedAsync(IReadOnlyCollection<ArticleAnnouncement> announcements, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(announcements);
        await _writePipeline.ExecuteAsync(
            static async (state, token) => await state.Store.MarkAnnouncedAsync(state.Announcements, token).ConfigureAwait(false),
            (Store: Inner, Announcements: announcements),
            cancellationToken).ConfigureAwait(false);
    }
}
