using Ingestion.Storage.Persistence;
using Ingestion.Storage.Persistence.LiteDb;
using Ingestion.Storage.Persistence.Querying;

namespace Ingestion.Storage.Tests.Persistence.LiteDb;

public sealed class LiteDbArticleStoreTests(LiteDbTempFolder folder) : ArticleStoreContractTests, IClassFixture<LiteDbTempFolder>
{
    [Fact]
    public async Task UpsertAsync_ThenReopenFile_DocumentIsStillThere()
    {
        string file = folder.NewFile();
        await using (LiteDbArticleStore writer = new($"Filename={file}"))
        {
            await writer.InitializeAsync(Ct);
            await writer.UpsertAsync(ArticleDocuments.Full("kept"), Ct);
        }

        await using LiteDbArticleStore reader = new($"Filename={file}");

        ArticleDocumentAssert.Equivalent(ArticleDocuments.Full("kept"), await reader.FindAsync("kept", Ct));
    }

    [Fact]
    public async Task FindAsync_SecondStoreOnSameSharedFile_SeesWritesOfTheFirst()
    {
        // The CLI reads the file while the storage service keeps it open: both must be able to open it at once.
        string file = folder.NewFile();
        await using LiteDbArticleStore service = new($"Filename={file};Connection=shared");
        await service.InitializeAsync(Ct);
        await using LiteDbArticleStore cli = new($"Filename={file};Connection=shared");

        await service.UpsertAsync(ArticleDocuments.Minimal("live"), Ct);

        Assert.NotNull(await cli.FindAsync("live", Ct));
        Assert.Equal(1, await cli.CountAsync(Ct));
    }

    [Fact]
    public async Task Constructor_FolderMissing_CreatesIt()
    {
        string file = System.IO.Path.Combine(folder.Path, "missing", "deeper", "articles.db");

        await using LiteDbArticleStore store = new(file);
        await store.InitializeAsync(Ct);

        Assert.True(File.Exists(file));
        Assert.Equal(LiteDbArticleStore.StoreKind, store.Kind);
        Assert.Equal($"{file}#articles", store.Location);
    }

    [Fact]
    public async Task InitializeAsync_NewFile_CreatesIndexesOnTheQueriedPaths()
    {
        string file = folder.NewFile();
        await using LiteDbArticleStore store = new($"Filename={file}");

        await store.InitializeAsync(Ct);

        Assert.Equal(
            ["SearchAgencies", "SearchDates", "SearchEntities", "StoredAt", "_id"],
            LiteDbIndexes.Names(file));
    }

    [Fact]
    public async Task InitializeAsync_FileWithIndexesNoQueryReads_DropsThemAndKeepsTheDocuments()
    {
        string file = folder.NewFile();
        await using (LiteDbArticleStore writer = new($"Filename={file}"))
        {
            await writer.InitializeAsync(Ct);
            await writer.UpsertAsync(ArticleDocuments.Full("kept"), Ct);
        }

        using (LiteDB.LiteDatabase older = new($"Filename={file};Connection=shared"))
        {
            older.GetCollection("articles").EnsureIndex("EntitiesType", "$.Entities[*].Type");
            older.GetCollection("articles").EnsureIndex("ContentHash", "$.ContentHash");
        }

        await using LiteDbArticleStore store = new($"Filename={file}");
        await store.InitializeAsync(Ct);

        Assert.Equal(["SearchAgencies", "SearchDates", "SearchEntities", "StoredAt", "_id"], LiteDbIndexes.Names(file));
        ArticleDocumentAssert.Equivalent(ArticleDocuments.Full("kept"), await store.FindAsync("kept", Ct));
    }

    [Fact]
    public async Task FindByEntityAsync_DocumentKeyedBeforeNamesWereKeyedOnce_FoundWithAndWithoutType()
    {
        // Earlier versions keyed every name bare and typed; such a file is searched as it is, without a re-key.
        string file = folder.NewFile();
        await using LiteDbArticleStore store = new($"Filename={file};Connection=shared");
        await store.InitializeAsync(Ct);
        await store.UpsertAsync(ArticleDocuments.WithEntities("old", ("القاهرة", "LOC")), Ct);
        using (LiteDB.LiteDatabase older = new($"Filename={file};Connection=shared"))
        {
            LiteDB.ILiteCollection<LiteDB.BsonDocument> articles = older.GetCollection("articles");
            LiteDB.BsonDocument document = articles.FindById("old");
            document["Search"]["Entities"] = new LiteDB.BsonArray(new LiteDB.BsonValue("القاهره"), new LiteDB.BsonValue("LOC:القاهره"));
            articles.Update(document);
        }

        Assert.Equal(["old"], (await store.FindByEntityAsync("القاهرة", null, 10, Ct)).Select(d => d.Id));
        Assert.Equal(["old"], (await store.FindByEntityAsync("القاهرة", "LOC", 10, Ct)).Select(d => d.Id));
        Assert.Equal(["old"], (await store.QueryAsync(new ArticleQuery { Entity = "القاهره" }.Validated(), Ct)).Articles.Select(d => d.Id));
        Assert.Empty(await store.FindByEntityAsync("القاهرة", "PER", 10, Ct));
    }

    [Theory]
    [InlineData("2024-03-20", "month")]
    [InlineData("2024-03-10", "month,week")]
    [InlineData("2024-02-26..2024-03-03", "day,month")]
    [InlineData("2024-03-11..", "month")]
    [InlineData("..2024-03-03", "day,month")]
    [InlineData("2024-03-10..2099", "month,week")]
    [InlineData("2024-04", "")]
    public async Task QueryAsync_MonthAndWeekKeyedOnce_FoundByEachDayTheyCover(string dates, string expected)
    {
        await using LiteDbArticleStore store = new(folder.NewFile());
        await store.InitializeAsync(Ct);
        await store.UpsertManyAsync([Dated("month", "2024-03"), Dated("week", "2024-W10"), Dated("day", "2024-02-28")], Ct);

        ArticleQueryPage page = await store.QueryAsync(new ArticleQuery { Dates = ArticleDateRange.Parse(dates) }.Validated(), Ct);

        Assert.Equal(expected.Split(',', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal), page.Articles.Select(a => a.Id).Order(StringComparer.Ordinal));
        Assert.Equal(["2024-03"], (await store.FindAsync("month", Ct))!.Search!.Dates);
        Assert.Equal(["2024-03-04W"], (await store.FindAsync("week", Ct))!.Search!.Dates);
    }

    [Fact]
    public async Task QueryAsync_DayWeekAndMonthOfOneDocumentInRange_ReturnsItOnce()
    {
        await using LiteDbArticleStore store = new(folder.NewFile());
        await store.InitializeAsync(Ct);
        ArticleDocument document = Dated("all", "2024-03");
        document.Temporal = [.. ((string[])["2024-03", "2024-W10", "2024-03-10"]).Select(v => new DocumentTemporal { Text = v, Type = "DATE", Value = v })];
        await store.UpsertAsync(document, Ct);

        foreach (string dates in (string[])["2024-03-10", "2024-03-10.."])
        {
            ArticleQueryPage page = await store.QueryAsync(new ArticleQuery { Dates = ArticleDateRange.Parse(dates) }.Validated(), Ct);
            Assert.Equal(["all"], page.Articles.Select(a => a.Id));
        }
    }

    [Fact]
    public async Task QueryAsync_DocumentKeyedEveryDayOfItsMonth_StillFoundByDate()
    {
        // Earlier versions keyed each day of a month; such a file is searched as it is, without a re-key.
        string file = folder.NewFile();
        await using LiteDbArticleStore store = new($"Filename={file};Connection=shared");
        await store.InitializeAsync(Ct);
        await store.UpsertAsync(Dated("old", "2024-03"), Ct);
        using (LiteDB.LiteDatabase older = new($"Filename={file};Connection=shared"))
        {
            LiteDB.ILiteCollection<LiteDB.BsonDocument> articles = older.GetCollection("articles");
            LiteDB.BsonDocument document = articles.FindById("old");
            document["Search"]["Dates"] = new LiteDB.BsonArray(Enumerable.Range(1, 31).Select(d => new LiteDB.BsonValue($"2024-03-{d:D2}")));
            articles.Update(document);
        }

        Assert.Equal(["old"], (await store.QueryAsync(new ArticleQuery { Dates = ArticleDateRange.Parse("2024-03-15") }.Validated(), Ct)).Articles.Select(d => d.Id));
        Assert.Equal(["old"], (await store.QueryAsync(new ArticleQuery { Dates = ArticleDateRange.Parse("2024-03-15..") }.Validated(), Ct)).Articles.Select(d => d.Id));
        Assert.Empty((await store.QueryAsync(new ArticleQuery { Dates = ArticleDateRange.Parse("2024-04-01..") }.Validated(), Ct)).Articles);
    }

    [Fact]
    public async Task UpsertManyAsync_DocumentFailsMidBatch_WritesNoneOfTheBatch()
    {
        await using LiteDbArticleStore store = new(folder.NewFile());
        await store.InitializeAsync(Ct);
        ArticleDocument broken = ArticleDocuments.Minimal("broken");
        broken.Id = null!;

        await Assert.ThrowsAnyAsync<Exception>(() => store.UpsertManyAsync([ArticleDocuments.Minimal("ok"), broken], Ct));

        Assert.Equal(0, await store.CountAsync(Ct));
        Assert.Equal(UpsertOutcome.Created, await store.UpsertAsync(ArticleDocuments.Minimal("after"), Ct));
    }

    [Fact]
    public async Task PingAsync_AfterDispose_ReturnsFalse()
    {
        LiteDbArticleStore store = new(folder.NewFile());
        await store.DisposeAsync();

        Assert.False(await store.PingAsync(Ct));
    }

    private static ArticleDocument Dated(string id, string value)
    {
        ArticleDocument document = ArticleDocuments.Minimal(id);
        document.Temporal = [new DocumentTemporal { Text = value, Type = "DATE", Value = value }];
        return document;
    }

    protected override Task<IArticleStore> CreateEmptyStoreAsync() =>
        Task.FromResult<IArticleStore>(new LiteDbArticleStore($"Filename={folder.NewFile()};Connection=shared"));
}
