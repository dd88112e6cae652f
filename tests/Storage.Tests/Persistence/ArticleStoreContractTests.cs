using Ingestion.Storage.Persistence;

namespace Ingestion.Storage.Tests.Persistence;

/// <summary>
/// The behaviour every <see cref="IArticleStore"/> must have. Each test gets a fresh, initialised, empty store from
/// the subclass, which may skip when its server is not available.
/// </summary>
public abstract partial class ArticleStoreContractTests : IAsyncDisposable
{
    private readonly List<IArticleStore> _stores = [];

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task UpsertAsync_NewId_ReturnsCreatedAndStoresDocument()
    {
        IArticleStore store = await CreateStoreAsync();

        UpsertOutcome outcome = await store.UpsertAsync(ArticleDocuments.Full("a-1"), Ct);

        Assert.Equal(UpsertOutcome.Created, outcome);
        Assert.Equal(1, await store.CountAsync(Ct));
        Assert.NotNull(await store.FindAsync("a-1", Ct));
    }

    [Fact]
    public async Task UpsertAsync_SameIdTwice_ReturnsReplacedAndKeepsOneDocument()
    {
        IArticleStore store = await CreateStoreAsync();
        await store.UpsertAsync(ArticleDocuments.Full("a-1", title: "first"), Ct);

        UpsertOutcome outcome = await store.UpsertAsync(ArticleDocuments.Full("a-1", title: "second"), Ct);

        Assert.Equal(UpsertOutcome.Replaced, outcome);
        Assert.Equal(1, await store.CountAsync(Ct));
        Assert.Equal("second", (await store.FindAsync("a-1", Ct))?.Title);
    }

    [Fact]
    public async Task UpsertAsync_SameIdFromManyTasks_LeavesOneDocumentAndOneCreated()
    {
        IArticleStore store = await CreateStoreAsync();
        const int Writers = 16;

        UpsertOutcome[] outcomes = await Task.WhenAll(Enumerable.Range(0, Writers)
            .Select(i => Task.Run(() => store.UpsertAsync(ArticleDocuments.Full("same", title: $"writer {i}"), Ct), Ct)));

        Assert.Equal(1, await store.CountAsync(Ct));
        Assert.Single(outcomes, o => o == UpsertOutcome.Created);
        Assert.Equal(Writers - 1, outcomes.Count(o => o == UpsertOutcome.Replaced));
        Assert.StartsWith("writer ", (await store.FindAsync("same", Ct))?.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpsertManyAsync_DuplicateIdsInsideBatch_LastCopyWinsAndOutcomesAreSequential()
    {
        IArticleStore store = await CreateStoreAsync();
        ArticleDocument[] batch =
        [
            ArticleDocuments.Full("a", title: "a first"),
            ArticleDocuments.Full("b"),
            ArticleDocuments.Full("a", title: "a last"),
        ];

        IReadOnlyList<UpsertOutcome> outcomes = await store.UpsertManyAsync(batch, Ct);

        Assert.Equal([UpsertOutcome.Created, UpsertOutcome.Created, UpsertOutcome.Replaced], outcomes);
        Assert.Equal(2, await store.CountAsync(Ct));
        Assert.Equal("a last", (await store.FindAsync("a", Ct))?.Title);
    }

    [Fact]
    public async Task UpsertManyAsync_NewAndExistingIds_ReportsEachInInputOrder()
    {
        IArticleStore store = await CreateStoreAsync();
        await store.UpsertAsync(ArticleDocuments.Full("old", title: "before"), Ct);

        IReadOnlyList<UpsertOutcome> outcomes = await store.UpsertManyAsync(
            [ArticleDocuments.Full("new"), ArticleDocuments.Full("old", title: "after")], Ct);

        Assert.Equal([UpsertOutcome.Created, UpsertOutcome.Replaced], outcomes);
        Assert.Equal(2, await store.CountAsync(Ct));
        Assert.Equal("after", (await store.FindAsync("old", Ct))?.Title);
    }

    [Fact]
    public async Task UpsertManyAsync_EmptyBatch_ReturnsNoOutcomes()
    {
        IArticleStore store = await CreateStoreAsync();

        IReadOnlyList<UpsertOutcome> outcomes = await store.UpsertManyAsync([], Ct);

        Assert.Empty(outcomes);
        Assert.Equal(0, await store.CountAsync(Ct));
    }

    [Fact]
    public async Task FindAsync_EveryFieldSet_RoundTripsArabicTextOffsetsAndNestedLists()
    {
        IArticleStore store = await CreateStoreAsync();
        ArticleDocument written = ArticleDocuments.Full("ar-1");
        await store.UpsertAsync(written, Ct);

        ArticleDocument? read = await store.FindAsync("ar-1", Ct);

        ArticleDocumentAssert.Equivalent(written, read);
        Assert.Equal("القاهرة", read!.Text[read.Entities[0].Start..read.Entities[0].End]);
    }

    [Fact]
    public async Task FindAsync_OptionalsNullAndEmptyStrings_RoundTripUnchanged()
    {
        IArticleStore store = await CreateStoreAsync();
        ArticleDocument written = ArticleDocuments.Minimal("min-1");
        await store.UpsertAsync(written, Ct);

        ArticleDocument? read = await store.FindAsync("min-1", Ct);

        ArticleDocumentAssert.Equivalent(written, read);
        Assert.Null(read!.PublishedAt);
        Assert.Null(read.Source.Agency);
        Assert.Null(read.Engine.ModelVersion);
        Assert.Equal("", read.Title);
        Assert.Empty(read.Entities);
    }

    [Fact]
    public async Task FindAsync_DateTimeOffsetWithOffset_ReturnsSameInstantInUtcToTheMillisecond()
    {
        IArticleStore store = await CreateStoreAsync();
        ArticleDocument written = ArticleDocuments.Minimal("t-1");
        DateTimeOffset published = new DateTimeOffset(2023, 12, 31, 23, 59, 59, 999, TimeSpan.FromHours(3)).AddTicks(1234);
        written.PublishedAt = published;
        await store.UpsertAsync(written, Ct);

        ArticleDocument? read = await store.FindAsync("t-1", Ct);

        Assert.Equal(TimeSpan.Zero, read!.PublishedAt!.Value.Offset);
        Assert.Equal(new DateTimeOffset(2023, 12, 31, 20, 59, 59, 999, TimeSpan.Zero), read.PublishedAt.Value);
    }

    [Fact]
    public async Task FindAsync_MinAndMaxDates_RoundTripUnshifted()
    {
        IArticleStore store = await CreateStoreAsync();
        ArticleDocument written = ArticleDocuments.Minimal("extremes");
        written.PublishedAt = DateTimeOffset.MaxValue;
        written.EnrichedAt = DateTimeOffset.MinValue;
        await store.UpsertAsync(written, Ct);

        ArticleDocument? read = await store.FindAsync("extremes", Ct);

        ArticleDocumentAssert.Equivalent(written, read);
    }

    [Fact]
    public async Task FindAsync_UnknownId_ReturnsNull()
    {
        IArticleStore store = await CreateStoreAsync();
        await store.UpsertAsync(ArticleDocuments.Minimal("known"), Ct);

        Assert.Null(await store.FindAsync("unknown", Ct));
    }

    [Fact]
    public async Task ExportAsync_ManyDocumentsWrittenOutOfOrder_ReturnsAllOrderedByOrdinalId()
    {
        IArticleStore store = await CreateStoreAsync();
        List<string> ids = [.. Enumerable.Range(0, 600).Select(i => $"doc-{i:D4}"), "A", "a", "B", "b", "خبر-1"];
        ArticleDocument[] shuffled = [.. ids.Select(ArticleDocuments.Minimal)];
        new Random(7).Shuffle(shuffled);
        await store.UpsertManyAsync(shuffled, Ct);

        List<string> exported = [];
        await foreach (ArticleDocument document in store.ExportAsync(Ct))
        {
            exported.Add(document.Id);
        }

        Assert.Equal(ids.Order(StringComparer.Ordinal), exported);
    }

    [Fact]
    public async Task ExportAsync_EmptyStore_ReturnsNothing()
    {
        IArticleStore store = await CreateStoreAsync();

        await foreach (ArticleDocument document in store.ExportAsync(Ct))
        {
            Assert.Fail($"Unexpected document {document.Id}");
        }
    }

    [Fact]
    public async Task FindByEntityAsync_TextAndType_MatchesOnlyWhenOneEntityHasBoth()
    {
        IArticleStore store = await CreateStoreAsync();
        await store.UpsertManyAsync(
        [
            ArticleDocuments.WithEntities("both", ("مصر", "LOC")),
            ArticleDocuments.WithEntities("split", ("مصر", "ORG"), ("القاهرة", "LOC")),
            ArticleDocuments.WithEntities("other", ("القاهرة", "LOC")),
        ], Ct);

        IReadOnlyList<ArticleDocument> found = await store.FindByEntityAsync("مصر", "LOC", 10, Ct);

        Assert.Equal(["both"], found.Select(d => d.Id));
    }

    [Fact]
    public async Task FindByEntityAsync_TextOnly_ReturnsEveryTypeOrderedById()
    {
        IArticleStore store = await CreateStoreAsync();
        await store.UpsertManyAsync(
        [
            ArticleDocuments.WithEntities("c", ("مصر", "LOC")),
            ArticleDocuments.WithEntities("a", ("مصر", "ORG")),
            ArticleDocuments.WithEntities("b", ("مصرف", "ORG")),
        ], Ct);

        IReadOnlyList<ArticleDocument> found = await store.FindByEntityAsync("مصر", null, 10, Ct);

        Assert.Equal(["a", "c"], found.Select(d => d.Id));
    }

    [Fact]
    public async Task FindByEntityAsync_MoreMatchesThanLimit_ReturnsFirstIdsUpToLimit()
    {
        IArticleStore store = await CreateStoreAsync();
        await store.UpsertManyAsync([.. Enumerable.Range(0, 5).Select(i => ArticleDocuments.WithEntities($"m{i}", ("غزة", "LOC")))], Ct);

        IReadOnlyList<ArticleDocument> found = await store.FindByEntityAsync("غزة", "LOC", 3, Ct);

        Assert.Equal(["m0", "m1", "m2"], found.Select(d => d.Id));
    }

    [Fact]
    public async Task InitializeAsync_CalledAgainOnFilledStore_KeepsDocumentsAndWorks()
    {
        IArticleStore store = await CreateStoreAsync();
        await store.UpsertAsync(ArticleDocuments.WithEntities("x", ("تونس", "LOC")), Ct);

        await store.InitializeAsync(Ct);
        await store.InitializeAsync(Ct);

        Assert.Equal(1, await store.CountAsync(Ct));
        Assert.Single(await store.FindByEntityAsync("تونس", "LOC", 10, Ct));
    }

    [Fact]
    public async Task CountAsync_AfterUpsertsWithRepeatedIds_CountsDistinctIds()
    {
        IArticleStore store = await CreateStoreAsync();
        Assert.Equal(0, await store.CountAsync(Ct));

        await store.UpsertManyAsync([.. Enumerable.Range(0, 10).Select(i => ArticleDocuments.Minimal($"c{i % 4}"))], Ct);
        await store.UpsertAsync(ArticleDocuments.Minimal("c9"), Ct);

        Assert.Equal(5, await store.CountAsync(Ct));
    }

    [Fact]
    public async Task FindAnnouncedAsync_NothingMarked_ReturnsNoIds()
    {
        IArticleStore store = await CreateStoreAsync();
        await store.UpsertAsync(ArticleDocuments.Minimal("stored"), Ct);

        Assert.Empty(await store.FindAnnouncedAsync(["stored", "unknown"], Ct));
        Assert.Empty(await store.FindAnnouncedAsync([], Ct));
    }

    [Fact]
    public async Task MarkAnnouncedAsync_SomeIds_FindAnnouncedReturnsOnlyThoseWithTheirRevision()
    {
        IArticleStore store = await CreateStoreAsync();
        DateTimeOffset at = new(2024, 3, 10, 6, 0, 0, TimeSpan.Zero);

        await store.MarkAnnouncedAsync([new ArticleAnnouncement("a", "engine/1/m1", at), new ArticleAnnouncement("خبر", "engine/1/m1", at)], Ct);

        IReadOnlyDictionary<string, string> announced = await store.FindAnnouncedAsync(["a", "b", "خبر"], Ct);
        Assert.Equal(["a", "خبر"], announced.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("engine/1/m1", announced["a"]);
    }

    [Fact]
    public async Task MarkAnnouncedAsync_SameIdAgain_KeepsOneMarkWithTheLatestRevision()
    {
        IArticleStore store = await CreateStoreAsync();
        DateTimeOffset at = new(2024, 3, 10, 6, 0, 0, TimeSpan.Zero);
        await store.MarkAnnouncedAsync([new ArticleAnnouncement("a", "engine/1/m1", at)], Ct);

        await store.MarkAnnouncedAsync([new ArticleAnnouncement("a", "engine/1/m1", at)], Ct);
        await store.MarkAnnouncedAsync([new ArticleAnnouncement("a", "engine/2/m2", at.AddMinutes(1))], Ct);

        Assert.Equal("engine/2/m2", Assert.Single(await store.FindAnnouncedAsync(["a"], Ct)).Value);
    }

    [Fact]
    public async Task UpsertAsync_AnnouncedDocumentReplaced_KeepsItsMarkAndCountsOnlyArticles()
    {
        IArticleStore store = await CreateStoreAsync();
        await store.UpsertAsync(ArticleDocuments.Full("a", title: "first"), Ct);
        await store.MarkAnnouncedAsync([new ArticleAnnouncement("a", "r1", DateTimeOffset.UnixEpoch)], Ct);

        await store.UpsertManyAsync([ArticleDocuments.Full("a", title: "second")], Ct);

        Assert.Equal("r1", (await store.FindAnnouncedAsync(["a"], Ct))["a"]);
        Assert.Equal(1, await store.CountAsync(Ct));
        Assert.Equal(["a"], await ExportedIds(store));
    }

    [Fact]
    public async Task PingAsync_OpenStore_ReturnsTrue()
    {
        IArticleStore store = await CreateStoreAsync();

        Assert.True(await store.PingAsync(Ct));
        Assert.False(string.IsNullOrWhiteSpace(store.Kind));
        Assert.False(string.IsNullOrWhiteSpace(store.Location));
    }

    private static async Task<List<string>> ExportedIds(IArticleStore store)
    {
        List<string> ids = [];
        await foreach (ArticleDocument document in store.ExportAsync(Ct))
        {
            ids.Add(document.Id);
        }

        return ids;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (IArticleStore store in _stores)
        {
            await store.DisposeAsync();
        }

        await DisposeStoresAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>A new store over empty storage; call <see cref="Assert.Skip(string)"/> when it cannot exist here.</summary>
    protected abstract Task<IArticleStore> CreateEmptyStoreAsync();

    /// <summary>Removes what <see cref="CreateEmptyStoreAsync"/> made, after the stores are disposed.</summary>
    protected virtual ValueTask DisposeStoresAsync() => ValueTask.CompletedTask;

    protected async Task<IArticleStore> CreateStoreAsync()
    {
        IArticleStore store = await CreateEmptyStoreAsync();
        _stores.Add(store);
        await store.InitializeAsync(Ct);
        return store;
    }
}
