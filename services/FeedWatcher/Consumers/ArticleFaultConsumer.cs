using Ingestion.Contracts;
using Ingestion.FeedWatcher.Ledger;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace Ingestion.FeedWatcher.Consumers;

/// <summary>
/// Marks an article failed in the ledger when enrichment or storage gave up on it, with the reason, so that
/// <c>ingest status --failed</c> shows it and it is not published again by the timeout: it waits in an error queue
/// for <c>ingest errors requeue</c>.
/// </summary>
public sealed partial class ArticleFaultConsumer(IntakeLedger ledger, ILogger<ArticleFaultConsumer> logger) : IConsumer<Fault<ArticleDiscovered>>, IConsumer<Fault<ArticleEnriched>>
{
    public Task Consume(ConsumeContext<Fault<ArticleDiscovered>> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArticleDiscovered article = context.Message.Message;
        MarkFailed(article.ArticleId, article.Origin.FileName, "enrichment: " + Reason(context.Message));
        return Task.CompletedTask;
    }

    public Task Consume(ConsumeContext<Fault<ArticleEnriched>> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArticleEnriched article = context.Message.Message;
        MarkFailed(article.ArticleId, article.Source.FileName, "storage: " + Reason(context.Message));
        return Task.CompletedTask;
    }

    private void MarkFailed(string articleId, string fileName, string reason)
    {
        using IDisposable? scope = logger.BeginScope("Article {ArticleId} from {FileName}", articleId, fileName);
        ledger.MarkFailed(articleId, reason);
        LogFailed(logger, articleId, fileName, reason);
    }

    private static string Reason(Fault fault) =>
        fault.Exceptions is [{ } first, ..] ? $"{first.ExceptionType}: {first.Message}" : "unknown error";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Article {ArticleId} from {FileName} failed downstream and waits in an error queue: {Reason}")]
    private static partial void LogFailed(ILogger logger, string articleId, string fileName, string reason);
}
