using Ingestion.Storage.Persistence;
using Ingestion.Storage.Resilience;
using Ingestion.Storage.Tests.Persistence;
using LiteDB;
using Polly.CircuitBreaker;

namespace Ingestion.Storage.Tests.Resilience;

public sealed class ResilientArticleStoreTests : IAsyncDisposable
{
    private static readonly Dictionary<string, string?> s_smallBreaker = new()
    {
        ["Storage:Resilience:BreakerMinimumThroughput"] = "2",
        ["Storage:Resilience:BreakerFailureRatio"] = "1",
    };

    private readonly ResilientStoreHost _host = new();

    [Fact]
    public async Task UpsertAsync_TransientFailure_ThrowsAfterOneCallAsAnOutage()
    {
        _host.Inner.FailNext(1, () => new TimeoutException("server selection timed out"));

        TimeoutException failure = await Assert.ThrowsAsync<TimeoutException>(() => _host.Store.UpsertAsync(ArticleDocuments.Minimal("a1"), TestContext.Current.CancellationToken));

        // The message retry, not the store, waits and tries again.
        Assert.True(StoreFailures.IsOutage(failure));
        Assert.Equal(1, _host.Inner.WriteAttempts);
        Assert.Equal(UpsertOutcome.Created, await _host.Store.UpsertAsync(ArticleDocuments.Minimal("a1"), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task UpsertAsync_LiteDbLockTimeout_ThrowsAsAnOutage()
    {
        _host.Inner.FailNext(1, () => new LiteException(LiteException.LOCK_TIMEOUT, "Database lock timeout when entering in transaction mode after 00:01:00"));

        LiteException failure = await Assert.ThrowsAsync<LiteException>(() => _host.Store.UpsertAsync(ArticleDocuments.Minimal("a1"), TestContext.Current.CancellationToken));

        Assert.True(StoreFailures.IsOutage(failure));
        Assert.Equal(1, _host.Inner.WriteAttempts);
    }

    [Fact]
    public async Task UpsertAsync_ValidationError_IsNotAnOutage()
    {
        _host.Inner.FailNext(1, () => new ArgumentException("The document has no id."));

        ArgumentException failure = await Assert.ThrowsAsync<ArgumentException>(() => _host.Store.UpsertAsync(ArticleDocuments.Minimal("a1"), TestContext.Current.CancellationToken));

        Assert.False(StoreFailures.IsOutage(failure));
        Assert.Equal(1, _host.Inner.WriteAttempts);
    }

    [Fact]
    public async Task UpsertManyAsync_TransientFailure_WritesNothingAndLeavesTheRetryToTheCaller()
    {
        _host.Inner.FailNext(1);

        await Assert.ThrowsAsync<TimeoutException>(
            () => _host.Store.UpsertManyAsync([ArticleDocuments.Minimal("a1"), ArticleDocuments.Minimal("a2")], TestContext.Current.CancellationToken));
        IReadOnlyList<UpsertOutcome> outcomes = await _host.Store.UpsertManyAsync(
            [ArticleDocuments.Minimal("a1"), ArticleDocuments.Minimal("a2")], TestContext.Current.CancellationToken);

        Assert.Equal([UpsertOutcome.Created, UpsertOutcome.Created], outcomes);
        Assert.Equal(2, _host.Inner.Count);
    }

    [Fact]
    public async Task FindAnnouncedAsync_BreakerOpen_ReadsPastTheWritePipeline()
    {
        await using ResilientStoreHost host = new(s_smallBreaker);
        await host.Inner.MarkAnnouncedAsync([new ArticleAnnouncement("a1", "r1", DateTimeOffset.UnixEpoch)], TestContext.Current.CancellationToken);
        host.Inner.FailNext(2);
        await Assert.ThrowsAsync<TimeoutException>(() => host.Store.UpsertAsync(ArticleDocuments.Minimal("a1"), TestContext.Current.CancellationToken));
        await Assert.ThrowsAsync<TimeoutException>(() => host.Store.UpsertAsync(ArticleDocuments.Minimal("a1"), TestContext.Current.CancellationToken));
        await Assert.ThrowsAsync<BrokenCircuitException>(() => host.Store.UpsertAsync(ArticleDocuments.Minimal("a1"), TestContext.Current.CancellationToken));

        IReadOnlyDictionary<string, string> marks = await host.Store.FindAnnouncedAsync(["a1", "a2"], TestContext.Current.CancellationToken);

        Assert.Equal("r1", Assert.Single(marks, m => m.Key == "a1").Value);
        await Assert.ThrowsAsync<BrokenCircuitException>(
            () => host.Store.MarkAnnouncedAsync([new ArticleAnnouncement("a2", "r1", DateTimeOffset.UnixEpoch)], TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task FindAsync_ReadsPassThroughWithoutRetry()
    {
        await _host.Inner.UpsertAsync(ArticleDocuments.Minimal("a1"), TestContext.Current.CancellationToken);

        Assert.NotNull(await _host.Store.FindAsync("a1", TestContext.Current.CancellationToken));
        Assert.Equal(("flaky", "memory"), (_host.Store.Kind, _host.Store.Location));
        Assert.IsType<ResilientArticleStore>(_host.Store);
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();
}
