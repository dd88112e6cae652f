using Ingestion.Contracts;
using Ingestion.Enrichment.Annotation;
using Ingestion.Enrichment.Engine;
using Ingestion.Enrichment.Telemetry;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace Ingestion.Enrichment.Consumers;

/// <summary>Runs the engine over each discovered article and publishes the enriched article.</summary>
public sealed partial class ArticleDiscoveredConsumer(IEnrichmentEngine engine, TimeProvider time, ILogger<ArticleDiscoveredConsumer> logger)
    : IConsumer<ArticleDiscovered>
{
    public async Task Consume(ConsumeContext<ArticleDiscovered> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArticleDiscovered article = context.Message;
        using IDisposable? scope = logger.BeginScope("Article {ArticleId} from {FileName}", article.ArticleId, article.Origin.FileName);

        EnrichmentRequest request = ArticleEnrichedFactory.RequestFor(article);
        EnrichmentResult result = EngineTimer.Enrich(engine, request);
        EnrichmentMetrics.Record(result);
        ArticleEnriched enriched = ArticleEnrichedFactory.Create(article, request, result, time.GetUtcNow());
        foreach (string warning in enriched.Warnings)
        {
            LogComponentFailed(logger, article.ArticleId, warning);
        }

        await context.Publish(enriched, context.CancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Engine component failed on {ArticleId}: {Warning}")]
    private static partial void LogComponentFailed(ILogger logger, string articleId, string warning);
}
