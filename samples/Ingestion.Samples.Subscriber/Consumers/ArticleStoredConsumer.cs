using Ingestion.Contracts;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace Ingestion.Samples.Subscriber.Consumers;

/// <summary>The article is in the store: its id, where, and a summary.</summary>
public sealed partial class ArticleStoredConsumer(ILogger<ArticleStoredConsumer> logger) : IConsumer<ArticleStored>
{
    public Task Consume(ConsumeContext<ArticleStored> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArticleStored stored = context.Message;
        LogStored(logger, stored.ArticleId, stored.FileName, stored.Store, stored.Location, stored.Created, stored.Title);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Stored {ArticleId} ({FileName}) in {Store} {Location}, new: {Created}: {Title}")]
    private static partial void LogStored(ILogger logger, string articleId, string fileName, string store, string location, bool created, string title);
}
