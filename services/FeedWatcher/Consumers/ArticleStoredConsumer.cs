using Ingestion.Contracts;
using Ingestion.FeedWatcher.Ledger;
using MassTransit;

namespace Ingestion.FeedWatcher.Consumers;

/// <summary>Closes an article's entry in the ledger when the storage service announces it.</summary>
public sealed class ArticleStoredConsumer(IntakeLedger ledger) : IConsumer<ArticleStored>
{
    public Task Consume(ConsumeContext<ArticleStored> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        ledger.MarkStored(context.Message.ArticleId, context.Message.StoredAt);
        return Task.CompletedTask;
    }
}
