using Ingestion.Contracts;
using Ingestion.FeedWatcher.Parsing;

namespace Ingestion.FeedWatcher.Intake;

/// <summary>A parsed article becomes the message; its id and hash come from its content.</summary>
public static class ArticleDiscoveredFactory
{
    public static ArticleDiscovered Create(ParsedArticle article, FeedFile file, DateTimeOffset receivedAt)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(file);
        (string articleId, string contentHash) = ArticleIdentity.Of(article.Title, article.Body);
        return new ArticleDiscovered
        {
            ArticleId = articleId,
            ContentHash = contentHash,
            Title = article.Title,
            Body = article.Body,
            DeclaredLanguage = article.Language,
            PublishedAt = article.PublishedAt,
            PublishedAtSource = article.PublishedAtSource,
            Metadata = article.Metadata,
            ReceivedAt = receivedAt,
            Origin = new ArticleOrigin
            {
                FileName = file.FileName,
                Format = file.Format,
                Charset = file.Charset,
                SourceId = article.SourceId,
                SourceName = article.SourceName,
                Url = article.Url,
            },
        };
    }
}
