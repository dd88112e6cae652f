using Ingestion.Contracts;
using Ingestion.FeedWatcher.Ledger;
using MassTransit;

namespace Ingestion.FeedWatcher.Consumers;

/// <summary>
/// Moves articles to "enriched" in the ledger when the enrichment service announces them. It reads
/// <c>ArticleEnriched</c> from a queue of its own (<c>article-enriched-ledger</c>), never from storage's queue, and
/// takes the events in batches so the ledger sees one write per batch rather than one per article.
/// </summary>
public sealed class ArticleEnrichedLedgerConsumer(IntakeLedger ledger, TimeProvider time) : IConsumer<Batch<ArticleEnriched>>
{
    public Task Consume(ConsumeContext<Batch<ArticleEnriched>> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        ledger.MarkEnriched([.. context.Message.Select(m => m.Message.ArticleId).Distinct(StringComparer.Ordinal)], time.GetUtcNow());
        return Task.CompletedTask;
    }
}
