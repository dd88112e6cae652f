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
            PublishedAtSource = article.PublishedAtSource,
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
            Metadata = article.Metadata is null ? null : SafeMetadata(article.Metadata),
        };
    }

    // The intake refuses such keys already; the store refuses them again, since a key like "$set" or "a.b" would be
    // read by a document database as an operator or a path.
    private static Dictionary<string, string> SafeMetadata(IReadOnlyDictionary<string, string> metadata)
    {
        foreach (string key in metadata.Keys)
        {
            if (key.Length == 0 || key.Contains('$', StringComparison.Ordinal) || key.Contains('.', StringComparison.Ordinal))
            {
                throw new ArgumentException($"Metadata key '{key}' is not allowed: keys may not be empty or contain '$' or '.'.", nameof(metadata));
            }
        }

        return new Dictionary<string, string>(metadata, StringComparer.Ordinal);
    }
}
