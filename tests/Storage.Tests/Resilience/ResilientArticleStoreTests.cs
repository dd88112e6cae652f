using Ingestion.Storage.Persistence;
using Ingestion.Storage.Resilience;
using Ingestion.Storage.Tests.Persistence;
using LiteDB;

namespace Ingestion.Storage.Tests.Resilience;

public sealed class ResilientArticleStoreTests : IAsyncDisposable
{
    private readonly ResilientStoreHost _host = new();

    [Fact]
    public async Task UpsertAsync_TransientFailures_RetriesAndStores()
    {
        _host.Inner.FailNext(2, () => new TimeoutException("server selection timed out"));

        UpsertOutcome outcome = await _host.CompleteAsync(_host.Store.UpsertAsync(ArticleDocuments.Minimal("a1"), TestContext.Current.CancellationToken));

        Assert.Equal(UpsertOutcome.Created, outcome);
        Assert.Equal(3, _host.Inner.WriteAttempts);
        Assert.Equal(1, _host.Inner.Count);
    }

    [Fact]
    public async Task UpsertAsync_LiteDbLockTimeout_RetriesAndStores()
    {
        _host.Inner.FailNext(1, () => new LiteException(LiteException.LOCK_TIMEOUT, "Database lock timeout when entering in transaction mode after 00:01:00"));

        UpsertOutcome outcome = await _host.CompleteAsync(_host.Store.UpsertAsync(ArticleDocuments.Minimal("a1"), TestContext.Current.CancellationToken));

        Assert.Equal(UpsertOutcome.Created, outcome);
        Assert.Equal(2, _host.Inner.WriteAttempts);
    }

    [Fact]
    public async Task UpsertAsync_ValidationError_IsNotRetried()
    {
        _host.Inner.FailNext(1, () => new ArgumentException("The document has no id."));

        await Assert.ThrowsAsync<ArgumentException>(() => _host.Store.UpsertAsync(ArticleDocuments.Minimal("a1"), TestContext.Current.CancellationToken));

        Assert.Equal(1, _host.Inner.WriteAttempts);
    }

    [Fact]
    public async Task UpsertAsync_TransientFailuresBeyondRetryLimit_ThrowsTheStoreError()
    {
        _host.Inner.FailNext(100, () => new IOException("disk unavailable"));

        await Assert.ThrowsAsync<IOException>(() => _host.CompleteAsync(_host.Store.UpsertAsync(ArticleDocuments.Minimal("a1"), TestContext.Current.CancellationToken)));

        Assert.Equal(4, _host.Inner.WriteAttempts);
    }

    [Fact]
    public async Task UpsertManyAsync_TransientFailure_RetriesTheBatch()
    {
        _host.Inner.FailNext(1);

        IReadOnlyList<UpsertOutcome> outcomes = await _host.CompleteAsync(
            _host.Store.UpsertManyAsync([ArticleDocuments.Minimal("a1"), ArticleDocuments.Minimal("a2")], TestContext.Current.CancellationToken));

        Assert.Equal([UpsertOutcome.Created, UpsertOutcome.Created], outcomes);
        Assert.Equal(2, _host.Inner.Count);
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
