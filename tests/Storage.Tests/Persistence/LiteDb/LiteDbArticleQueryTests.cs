using Ingestion.Storage.Persistence;
using Ingestion.Storage.Persistence.LiteDb;
using Ingestion.Storage.Persistence.Querying;
using LiteDB;

namespace Ingestion.Storage.Tests.Persistence.LiteDb;

/// <summary>Which index LiteDB reads for each kind of query: never a scan of every document by _id, never a sort of a common name's every article.</summary>
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

    [Fact]
    public async Task Explain_CommonEntity_WalksNewestFirstInsteadOfSortingItsArticles()
    {
        await using LiteDbArticleStore store = await FilledAsync();

        BsonDocument plan = store.Explain(new ArticleQuery { Entity = "القاهرة" }.Validated(), selectiveLimit: 2);

        Assert.Equal(LiteDbArticleStore.StoredAtIndex, plan["index"]["name"].AsString);
    }

    [Fact]
    public async Task Explain_CommonEntityAndRareDate_ReadsTheRarerFiltersIndex()
    {
        await using LiteDbArticleStore store = await FilledAsync();

        BsonDocument plan = store.Explain(new ArticleQuery { Entity = "القاهرة", Dates = ArticleDateRange.Parse("2024-03-10") }.Validated(), selectiveLimit: 2);

        Assert.Equal(LiteDbArticleStore.DateKeysIndex, plan["index"]["name"].AsString);
    }

    [Fact]
    public async Task QueryAsync_CommonEntityWalked_SameAnswerAsThroughItsIndex()
    {
        await using LiteDbArticleStore store = await FilledAsync();

        ArticleQueryPage page = await store.QueryAsync(new ArticleQuery { Entity = "القاهرة", Limit = 2 }.Validated(), TestContext.Current.CancellationToken);

        Assert.Equal(["c3", "c2"], page.Articles.Select(a => a.Id));
        Assert.True(page.HasMore);
    }

    // Three articles mention Cairo, one of them a date; one mentions neither.
    private async Task<LiteDbArticleStore> FilledAsync()
    {
        LiteDbArticleStore store = new(folder.NewFile());
        await store.InitializeAsync(TestContext.Current.CancellationToken);
        ArticleDocument[] documents = [.. Enumerable.Range(1, 3).Select(i => ArticleDocuments.WithEntities($"c{i}", ("القاهرة", "LOC")))];
        documents[0].Temporal = [new DocumentTemporal { Text = "الأحد", Type = "DATE", Value = "2024-03-10" }];
        ArticleDocument other = ArticleDocuments.WithEntities("other", ("تونس", "LOC"));
        for (int i = 0; i < documents.Length; i++)
        {
            documents[i].StoredAt = DateTimeOffset.UnixEpoch.AddMinutes(i + 1);
        }

        await store.UpsertManyAsync([.. documents, other], TestContext.Current.CancellationToken);
        return store;
    }
}
