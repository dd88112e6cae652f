using Ingestion.Storage.Persistence;

namespace Ingestion.Cli.Tests.Commands;

/// <summary>
/// A store with a bug that rejects every document (not an outage: the error is not transient, so the message goes
/// to the error queue), until the "fix" is deployed by clearing <see cref="Poisoned"/>.
/// </summary>
internal sealed class PoisonedArticleStore(IArticleStore inner) : DelegatingArticleStore(inner)
{
    public volatile bool Poisoned = true;

    public override Task<UpsertOutcome> UpsertAsync(ArticleDocument document, CancellationToken cancellationToken) =>
        Poisoned
            ? throw new InvalidOperationException("Document rejected by the store's schema validation (the bug being fixed).")
            : base.UpsertAsync(document, cancellationToken);

    public override Task<IReadOnlyList<UpsertOutcome>> UpsertManyAsync(IReadOnlyList<ArticleDocument> documents, CancellationToken cancellationToken) =>
        Poisoned
            ? throw new InvalidOperationException("Document rejected by the store's schema validation (the bug being fixed).")
            : base.UpsertManyAsync(documents, cancellationToken);
}
