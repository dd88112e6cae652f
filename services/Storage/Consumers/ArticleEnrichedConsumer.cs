using Ingestion.Contracts;
using Ingestion.Storage.Persistence;
using Ingestion.Storage.Telemetry;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace Ingestion.Storage.Consumers;

/// <summary>
/// Upserts each enriched article by its id, so a redelivered message replaces rather than duplicates, and
/// announces it as <see cref="ArticleStored"/>.
/// </summary>
public sealed partial class ArticleEnrichedConsumer(IArticleStore store, TimeProvider time, ILogger<ArticleEnrichedConsumer> logger)
    : IConsumer<ArticleEnriched>
{
    public async Task Consume(ConsumeContext<ArticleEnriched> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArticleEnriched article = context.Message;
        using IDisposable? scope = logger.BeginScope("Article {ArticleId} from {FileName}", article.ArticleId, article.Source.FileName);

        DateTimeOffset storedAt = time.GetUtcNow();
        ArticleDocument document = ArticleDocumentMapper.FromEnriched(article, storedAt);
        long started = time.GetTimestamp();
        UpsertOutcome outcome = await store.UpsertAsync(document, context.CancellationToken).ConfigureAwait(false);
        StorageMetrics.Record(outcome, time.GetElapsedTime(started), store.Kind);
        LogStored(logger, article.ArticleId, outcome);

        await context.Publish(
            new ArticleStored
            {
                ArticleId = article.ArticleId,
                ContentHash = article.ContentHash,
                StoredAt = storedAt,
                Store = store.Kind,
                Location = store.Location,
                Created = outcome == UpsertOutcome.Created,
                FileName = article.Source.FileName,
                Title = article.Title,
                Language = article.Language,
                PublishedAt = article.PublishedAt,
                ReceivedAt = article.ReceivedAt,
                EntityCount = document.Entities.Count,
                TemporalCount = document.Temporal.Count,
            },
            context.CancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Stored {ArticleId}: {Outcome}")]
    private static partial void LogStored(ILogger logger, string articleId, UpsertOutcome outcome);
}
