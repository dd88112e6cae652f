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

    /// <summary>The engine's request for an article: its text, and the date its relative expressions resolve against.</summary>
    /// <param name="article">The article as the feed-watcher published it.</param>
    /// <param name="referenceDate">Overrides the article's own reference date (<c>ingest enrich --reference-date</c>).</param>
    public static EnrichmentRequest RequestFor(ArticleDiscovered article, DateOnly? referenceDate = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new EnrichmentRequest(article.Title, article.Body, referenceDate ?? ReferenceDateOf(article), article.DeclaredLanguage);
    }

    /// <summary>Runs the engine on the article and builds the enriched message.</summary>
    public static ArticleEnriched Enrich(IEnrichmentEngine engine, ArticleDiscovered article, DateTimeOffset enrichedAt, DateOnly? referenceDate = null)
    {
        ArgumentNullException.ThrowIfNull(engine);
        EnrichmentRequest request = RequestFor(article, referenceDate);
        return Create(article, request, engine.Enrich(request), enrichedAt);
    }

    /// <summary>The enriched message from the article, the request the engine ran and what it found.</summary>
    public static ArticleEnriched Create(ArticleDiscovered article, EnrichmentRequest request, EnrichmentResult result, DateTimeOffset enrichedAt)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(result);
        return new ArticleEnriched
        {
            ArticleId = article.ArticleId,
            ContentHash = article.ContentHash,
            Title = article.Title,
            Text = result.Text,
            Language = result.Language.Code,
            LanguageConfidence = result.Language.Confidence,
            PublishedAt = article.PublishedAt,
            PublishedAtSource = article.PublishedAtSource,
            ReceivedAt = article.ReceivedAt,
            EnrichedAt = enrichedAt,
            ReferenceDate = request.ReferenceDate,
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
            Metadata = article.Metadata,
            Warnings = result.Warnings,
        };
    }
}
