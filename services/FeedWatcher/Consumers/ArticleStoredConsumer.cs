using Ingestion.Contracts;
using Ingestion.FeedWatcher.Ledger;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace Ingestion.FeedWatcher.Consumers;

/// <summary>Closes an article's entry in the ledger when the storage service announces it.</summary>
public sealed partial class ArticleStoredConsumer(IntakeLedger ledger, ILogger<ArticleStoredConsumer> logger) : IConsumer<ArticleStored>
{
    public Task Consume(ConsumeContext<ArticleStored> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArticleStored stored = context.Message;
        using IDisposable? scope = logger.BeginScope("Article {ArticleId} from {FileName}", stored.ArticleId, stored.FileName);
        ledger.MarkStored(stored.ArticleId, stored.StoredAt);
        LogStored(logger, stored.ArticleId, stored.FileName);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Article {ArticleId} from {FileName} is stored")]
    private static partial void LogStored(ILogger logger, string articleId, string fileName);
}
