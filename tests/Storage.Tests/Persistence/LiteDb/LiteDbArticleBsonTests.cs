using Ingestion.Storage.Persistence;
using Ingestion.Storage.Persistence.LiteDb;
using Ingestion.Storage.Persistence.Querying;
using LiteDB;

namespace Ingestion.Storage.Tests.Persistence.LiteDb;

/// <summary>The hand-written BSON must be what the mapper, which reads it back, would have written.</summary>
public sealed class LiteDbArticleBsonTests
{
    public static TheoryData<string> Documents => ["full", "minimal", "metadata", "dates-at-the-limits", "no-search-keys"];

    [Theory]
    [MemberData(nameof(Documents))]
    public void ToDocument_Article_SameBsonAsTheMapper(string kind)
    {
        ArticleDocument document = Make(kind);

        BsonDocument byHand = LiteDbArticleBson.ToDocument(document);
        BsonDocument byMapper = LiteDbArticleMapper.Create().ToDocument(document);

        Assert.Equal(JsonSerializer.Serialize(byMapper), JsonSerializer.Serialize(byHand));
    }

    private static ArticleDocument Make(string kind)
    {
        ArticleDocument document = kind == "minimal" ? ArticleDocuments.Minimal("m") : ArticleDocuments.Full("f");
        switch (kind)
        {
            case "metadata":
                document.Metadata = new Dictionary<string, string>(StringComparer.Ordinal) { ["author"] = "محرر", ["empty"] = "" };
                document.PublishedAtSource = "file-time";
                break;
            case "dates-at-the-limits":
                document.PublishedAt = DateTimeOffset.MaxValue;
                document.ReceivedAt = DateTimeOffset.MinValue;
                document.EnrichedAt = new DateTimeOffset(2024, 3, 10, 23, 59, 59, 999, TimeSpan.FromHours(14)).AddTicks(9999);
                break;
        }

        if (kind != "no-search-keys")
        {
            document.Search = ArticleSearchKeys.For(document);
        }

        return document;
    }
}
