using Ingestion.Storage.Persistence.LiteDb;
using Ingestion.Storage.Persistence.Querying;
using LiteDB;

namespace Ingestion.Storage.Tests.Persistence.LiteDb;

/// <summary>Which index LiteDB reads for each kind of query: never a scan of every document by _id.</summary>
public sealed class LiteDbArticleQueryTests(LiteDbTempFolder folder) : IClassFixture<LiteDbTempFolder>
{
    public static TheoryData<string, string> Queries => new()
    {
        { "entity", LiteDbArticleStore.EntityKeysIndex },
        { "entity+type+language", LiteDbArticleStore.EntityKeysIndex },
        { "type", LiteDbArticleStore.EntityKeysIndex },
        { "dates", LiteDbArticleStore.DateKeysIndex },
        { "agency", LiteDbArticleStore.AgencyKeysIndex },
        { "none", LiteDbArticleStore.StoredAtIndex },
        { "text", LiteDbArticleStore.StoredAtIndex },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Explain_EachFilter_ReadsItsIndex(string filters, string index)
    {
        await using LiteDbArticleStore store = new(folder.NewFile());
        await store.InitializeAsync(TestContext.Current.CancellationToken);
        ArticleQuery query = filters switch
        {
            "entity" => new ArticleQuery { Entity = "القاهرة" },
            "entity+type+language" => new ArticleQuery { Entity = "القاهرة", Type = "LOC", Language = "ar" },
            "type" => new ArticleQuery { Type = "PER" },
            "dates" => new ArticleQuery { Dates = ArticleDateRange.Parse("2024-03") },
            "agency" => new ArticleQuery { Agency = "MENA" },
            "text" => new ArticleQuery { Text = "الرئيس" },
            _ => new ArticleQuery(),
        };

        BsonDocument plan = store.Explain(query.Validated());

        Assert.Equal(index, plan["index"]["name"].AsString);
    }
}
