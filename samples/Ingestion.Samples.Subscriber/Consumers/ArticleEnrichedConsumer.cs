using Ingestion.Contracts;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace Ingestion.Samples.Subscriber.Consumers;

/// <summary>The full enriched article: text, entities and dates with their offsets.</summary>
public sealed partial class ArticleEnrichedConsumer(SeenArticles seen, ILogger<ArticleEnrichedConsumer> logger) : IConsumer<ArticleEnriched>
{
    public Task Consume(ConsumeContext<ArticleEnriched> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArticleEnriched article = context.Message;
        bool replayed = context.Headers.TryGetHeader("Ingestion-Replayed", out _);
        bool first = seen.Upsert(article.ArticleId, article.EnrichedAt);
        string people = string.Join(", ", article.Entities.Where(e => e.Type == EntityTypes.Person).Select(e => e.CanonicalName ?? e.Text).Distinct());
        LogEnriched(logger, article.ArticleId, article.Source.FileName, article.Language, article.Entities.Count, people, first, replayed);

        // Acknowledged when this returns: do the real work (an upsert by ArticleId) before returning.
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Enriched {ArticleId} ({FileName}, {Language}): {EntityCount} entities; people: {People}; first time: {First}; replayed: {Replayed}")]
    private static partial void LogEnriched(ILogger logger, string articleId, string fileName, string language, int entityCount, string people, bool first, bool replayed);
}
