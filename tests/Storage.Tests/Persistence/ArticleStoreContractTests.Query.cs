using Ingestion.Storage.Persistence;
using Ingestion.Storage.Persistence.Querying;

namespace Ingestion.Storage.Tests.Persistence;

/// <summary>The search every store answers (<see cref="IArticleStore.QueryAsync"/>).</summary>
public abstract partial class ArticleStoreContractTests
{
    private static readonly DateTimeOffset s_noon = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task QueryAsync_EntitySpelledWithOtherAlefAndTehMarbuta_FindsTheArticle()
    {
        IArticleStore store = await CreateStoreAsync();
        await store.UpsertManyAsync(
        [
            Searchable("cairo", 1, entities: [("القاهرة", "LOC", null)]),
            Searchable("other", 2, entities: [("الإسكندرية", "LOC", null)]),
        ], Ct);

        ArticleQueryPage page = await store.QueryAsync(new ArticleQuery { Entity = "القاهره" }.Validated(), Ct);

        Assert.Equal(["cairo"], Ids(page));
    }

    [Fact]
    public async Task QueryAsync_EntityWithDiacriticsAndTatweel_MatchesBareStoredName()
    {
        IArticleStore store = await CreateStoreAsync();
        await store.UpsertAsync(Searchable("gaza", 1, entities: [("غزة", "LOC", null)]), Ct);

        ArticleQueryPage page = await store.QueryAsync(new ArticleQuery { Entity = "غـزَّة" }.Validated(), Ct);

        Assert.Equal(["gaza"], Ids(page));
    }

    [Fact]
    public async Task QueryAsync_CanonicalName_FindsArticleWhoseSurfaceFormDiffers()
    {
        IArticleStore store = await CreateStoreAsync();
        await store.UpsertAsync(Searchable("sisi", 1, entities: [("الرئيس السيسي", "PER", "عبد الفتاح السيسي")]), Ct);

        ArticleQueryPage page = await store.QueryAsync(new ArticleQuery { Entity = "عبد الفتاح  السيسى" }.Validated(), Ct);

        Assert.Equal(["sisi"], Ids(page));
    }

    [Fact]
    public async Task QueryAsync_EntityAndType_MatchesOnlyTheMentionOfThatType()
    {
        IArticleStore store = await CreateStoreAsync();
        await store.UpsertManyAsync(
        [
            Searchable("place", 1, entities: [("مصر", "LOC", null)]),
            Searchable("bank", 2, entities: [("مصر", "ORG", null), ("القاهرة", "LOC", null)]),
        ], Ct);

        ArticleQueryPage page = await store.QueryAsync(new ArticleQuery { Entity = "مصر", Type = "loc" }.Validated(), Ct);

        Assert.Equal(["place"], Ids(page));
    }

    [Fact]
    public async Task QueryAsync_TypeOnly_ReturnsArticlesWithAnyMentionOfIt()
    {
        IArticleStore store = await CreateStoreAsync();
        await store.UpsertManyAsync(
        [
            Searchable("person", 1, entities: [("محمد", "PER", null)]),
            Searchable("place", 2, entities: [("مصر", "LOC", null)]),
            Searchable("both", 3, entities: [("مصر", "LOC", null), ("علي", "PER", null)]),
        ], Ct);

        ArticleQueryPage page = await store.QueryAsync(new ArticleQuery { Type = "PER" }.Validated(), Ct);

        Assert.Equal(["both", "person"], Ids(page));
    }

    [Fact]
    public async Task QueryAsync_DateRange_MatchesResolvedMentionsNotOnlyPublication()
    {
        IArticleStore store = await CreateStoreAsync();
        await store.UpsertManyAsync(
        [
            Searchable("mentions-march", 1, dates: ["2024-03-10"], published: new DateTimeOffset(2026, 1, 5, 0, 0, 0, TimeSpan.Zero)),
            Searchable("month", 2, dates: ["2024-03"]),
            Searchable("published-march", 3, published: new DateTimeOffset(2024, 3, 20, 22, 0, 0, TimeSpan.Zero)),
            Searchable("april", 4, dates: ["2024-04-01", "2024"]),
        ], Ct);

        ArticleQueryPage page = await store.QueryAsync(new ArticleQuery { Dates = ArticleDateRange.Parse("2024-03-05..2024-03-31") }, Ct);

        Assert.Equal(["published-march", "month", "mentions-march"], Ids(page));
    }

    [Fact]
    public async Task QueryAsync_AgencyByAbbreviationOrLatinName_FindsItsArticles()
    {
        IArticleStore store = await CreateStoreAsync();
        await store.UpsertManyAsync([Searchable("mena", 1, agency: true), Searchable("none", 2)], Ct);

        ArticleQueryPage latin = await store.QueryAsync(new ArticleQuery { Agency = "mena" }.Validated(), Ct);
        ArticleQueryPage abbreviation = await store.QueryAsync(new ArticleQuery { Agency = "ا ش ا" }.Validated(), Ct);

        Assert.Equal(["mena"], Ids(latin));
        Assert.Equal(["mena"], Ids(abbreviation));
    }

    [Fact]
    public async Task QueryAsync_LanguageAndEntity_BothMustHold()
    {
        IArticleStore store = await CreateStoreAsync();
        ArticleDocument english = Searchable("en", 1, entities: [("Egypt", "LOC", null)]);
        english.Language = "en";
        await store.UpsertManyAsync([english, Searchable("ar", 2, entities: [("Egypt", "LOC", null)])], Ct);

        ArticleQueryPage page = await store.QueryAsync(new ArticleQuery { Entity = "egypt", Language = "EN" }.Validated(), Ct);

        Assert.Equal(["en"], Ids(page));
    }

    [Fact]
    public async Task QueryAsync_TextWords_EveryWordMustAppearInTitleOrText()
    {
        IArticleStore store = await CreateStoreAsync();
        ArticleDocument both = Searchable("both", 1);
        both.Title = "قمة";
        both.Text = "قمة\nالتقى الرئيس وزير الخارجية في القاهرة";
        ArticleDocument one = Searchable("one", 2);
        one.Text = "الرئيس وحده";
        await store.UpsertManyAsync([both, one], Ct);

        ArticleQueryPage page = await store.QueryAsync(new ArticleQuery { Text = "الرئيس القاهرة" }.Validated(), Ct);

        Assert.Equal(["both"], Ids(page));
    }

    [Fact]
    public async Task QueryAsync_Nothing_ReturnsNewestStoredFirstInPages()
    {
        IArticleStore store = await CreateStoreAsync();
        await store.UpsertManyAsync([.. Enumerable.Range(1, 5).Select(i => Searchable($"n{i}", i))], Ct);

        ArticleQueryPage first = await store.QueryAsync(new ArticleQuery { Limit = 2 }, Ct);
        ArticleQueryPage last = await store.QueryAsync(new ArticleQuery { Skip = 4, Limit = 2 }, Ct);

        Assert.Equal(["n5", "n4"], Ids(first));
        Assert.True(first.HasMore);
        Assert.Equal(["n1"], Ids(last));
        Assert.False(last.HasMore);
    }

    [Fact]
    public async Task QueryAsync_NoMatch_ReturnsEmptyPage()
    {
        IArticleStore store = await CreateStoreAsync();
        await store.UpsertAsync(Searchable("one", 1, entities: [("مصر", "LOC", null)]), Ct);

        ArticleQueryPage page = await store.QueryAsync(new ArticleQuery { Entity = "تونس" }.Validated(), Ct);

        Assert.Empty(page.Articles);
        Assert.False(page.HasMore);
    }

    [Fact]
    public async Task StoredSinceAsync_Window_ReturnsReceiptAndStorageTimesNewestFirstUpToLimit()
    {
        IArticleStore store = await CreateStoreAsync();
        ArticleDocument[] documents = [.. Enumerable.Range(1, 4).Select(i => Searchable($"t{i}", i))];
        foreach (ArticleDocument document in documents)
        {
            document.ReceivedAt = document.StoredAt.AddSeconds(-2);
        }

        await store.UpsertManyAsync(documents, Ct);

        IReadOnlyList<StoredTiming> timings = await store.StoredSinceAsync(s_noon.AddMinutes(2), 2, Ct);

        Assert.Equal([s_noon.AddMinutes(4), s_noon.AddMinutes(3)], timings.Select(t => t.StoredAt));
        Assert.All(timings, t => Assert.Equal(TimeSpan.FromSeconds(2), t.Latency));
    }

    private static string[] Ids(ArticleQueryPage page) => [.. page.Articles.Select(d => d.Id)];

    /// <summary>A minimal article stored <paramref name="minute"/> minutes after noon, with what a test searches for.</summary>
    private static ArticleDocument Searchable(
        string id,
        int minute,
        (string Text, string Type, string? Canonical)[]? entities = null,
        string[]? dates = null,
        DateTimeOffset? published = null,
        bool agency = false)
    {
        ArticleDocument document = ArticleDocuments.Minimal(id);
        document.StoredAt = s_noon.AddMinutes(minute);
        document.PublishedAt = published;
        document.Entities = [.. (entities ?? []).Select(e => new DocumentEntity { Text = e.Text, Type = e.Type, End = e.Text.Length, CanonicalName = e.Canonical })];
        document.Temporal = [.. (dates ?? []).Select(d => new DocumentTemporal { Text = d, Type = "DATE", Value = d })];
        if (agency)
        {
            document.Source.Agency = "وكالة أنباء الشرق الأوسط";
            document.Source.AgencyAbbreviation = "أ ش أ";
            document.Source.AgencyLatin = "MENA";
        }

        return document;
    }
}
