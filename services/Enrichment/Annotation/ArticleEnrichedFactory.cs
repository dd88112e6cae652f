using Ingestion.Contracts;
using Ingestion.Enrichment.Engine;

namespace Ingestion.Enrichment.Annotation;

/// <summary>
/// The one way a discovered article becomes an enriched one, shared by the consumer and <c>ingest enrich</c>, so the
/// dry run prints exactly what the pipeline would store.
/// </summary>
public static class ArticleEnrichedFactory
{
    /// <summary>Relative expressions resolve against the publication date when the source gave one, else the day the file arrived.</summary>
    public static DateOnly ReferenceDateOf(ArticleDiscovered article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return DateOnly.FromDateTime((article.PublishedAt ?? article.ReceivedAt).DateTime);
    }

    /// <param name="engine">The engine to run.</param>
    /// <param name="article">The article as the feed-watcher published it.</param>
    /// <param name="enrichedAt">The time stamped on the result.</param>
    /// <param name="referenceDate">Overrides the article's own reference date (<c>ingest enrich --reference-date</c>).</param>
    public static ArticleEnriched Enrich(IEnrichmentEngine engine, ArticleDiscovered article, DateTimeOffset enrichedAt, DateOnly? referenceDate = null)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(article);
        DateOnly reference = referenceDate ?? ReferenceDateOf(article);
        EnrichmentResult result = engine.Enrich(new EnrichmentRequest(article.Title, article.Body, reference, article.DeclaredLanguage));

        return new ArticleEnriched
        {
            ArticleId = article.ArticleId,
            ContentHash = article.ContentHash,
            Title = article.Title,
            Text = result.Text,
            Language = result.Language.Code,
            LanguageConfidence = result.Language.Confidence,
            PublishedAt = article.PublishedAt,
            ReceivedAt = article.ReceivedAt,
            EnrichedAt = enrichedAt,
            ReferenceDate = reference,
            Source = new ArticleSource
            {
                FileName = article.Origin.FileName,
                Format = article.Origin.Format,
                Charset = article.Origin.Charset,
                SourceId = article.Origin.SourceId,
                Name = article.Origin.SourceName,
                Url = article.Origin.Url,
                Agency = result.Agency,
            },
            Entities = result.Entities,
            Temporal = result.Temporal,
            Engine = result.Engine,
            Warnings = result.Warnings,
        };
    }
}
