using Ingestion.Contracts;

namespace Ingestion.Enrichment.Tests.Annotation;

internal static class Articles
{
    public static ArticleDiscovered Discovered(string title, string body, DateTimeOffset? publishedAt = null) => new()
    {
        ArticleId = "0123456789abcdef0123456789abcdef",
        ContentHash = new string('0', 64),
        Title = title,
        Body = body,
        PublishedAt = publishedAt,
        ReceivedAt = new DateTimeOffset(2021, 7, 30, 8, 0, 0, TimeSpan.Zero),
        Origin = new ArticleOrigin { FileName = "a.txt", Format = "txt", Charset = "utf-8" },
    };
}
