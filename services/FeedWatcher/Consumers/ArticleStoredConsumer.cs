using Ingestion.Contracts;
using Ingestion.FeedWatcher.Ledger;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace Ingestion.FeedWatcher.Consumers;

/// <summary>Closes articles' entries in the ledger when the storage service announces them, a batch at a time.</summary>
public sealed partial class ArticleStoredConsumer(IntakeLedger ledger, ILogger<ArticleStoredConsumer> logger) : IConsumer<Batch<ArticleStored>>
{
    public Task Consume(ConsumeContext<Batch<ArticleStored>> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        int closed = ledger.MarkStored([.. context.Message.Select(m => (m.Message.ArticleId, m.Message.StoredAt))]);
        LogStored(logger, context.Message.Length, closed);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Count} stored event(s): {Closed} ledger entries closed")]
    private static partial void LogStored(ILogger logger, int count, int closed);
}
