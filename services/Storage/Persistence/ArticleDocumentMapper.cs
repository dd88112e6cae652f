using Ingestion.Contracts;

namespace Ingestion.Storage.Persistence;

/// <summary>From the wire to the store: an enriched article becomes the document kept and exported.</summary>
public static class ArticleDocumentMapper
{
    public static ArticleDocument FromEnriched(ArticleEnriched article, DateTimeOffset storedAt)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new ArticleDocument
        {
            Id = article.ArticleId,
            Title = article.Title,
            Text = article.Text,
            Language = article.Language,
            PublishedAt = article.PublishedAt,
            ReceivedAt = article.ReceivedAt,
            EnrichedAt = article.EnrichedAt,
            StoredAt = storedAt,
            ContentHash = article.ContentHash,
            Source = new DocumentSource
            {
                FileName = article.Source.FileName,
                Format = article.Source.Format,
                Charset = article.Source.Charset,
                SourceId = article.Source.SourceId,
                Name = article.Source.Name,
                Url = article.Source.Url,
                Agency = article.Source.Agency?.Name,
                AgencyAbbreviation = article.Source.Agency?.Abbreviation,
                AgencyLatin = article.Source.Agency?.Latin,
            },
            Entities = article.Entities.Select(e => new DocumentEntity
            {
                Text = e.Text,
                Type = e.Type,
                Start = e.Start,
                End = e.End,
                Confidence = e.Confidence,
                CanonicalName = e.CanonicalName,
                Role = e.Role,
            }).ToList(),
            Temporal = article.Temporal.Select(t => new DocumentTemporal
            {
                Text = t.Text,
                Type = t.Type,
                Start = t.Start,
                End = t.End,
                Value = t.Value,
                Mod = t.Mod,
            }).ToList(),
            Engine = new DocumentEngine
            {
                Name = article.Engine.Name,
                Version = article.Engine.Version,
                ModelVersion = article.Engine.ModelVersion,
            },
            Warnings = [.. article.Warnings],
        };
    }
}
