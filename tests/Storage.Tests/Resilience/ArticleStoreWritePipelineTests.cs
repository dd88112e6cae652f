using Ingestion.Storage.Persistence;
using Ingestion.Storage.Resilience;
using Ingestion.Storage.Tests.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Registry;
using Polly.Testing;
using Polly.Timeout;

namespace Ingestion.Storage.Tests.Resilience;

public sealed class ArticleStoreWritePipelineTests
{
    private static readonly Dictionary<string, string?> s_smallBreaker = new()
    {
        ["Storage:Resilience:BreakerMinimumThroughput"] = "2",
        ["Storage:Resilience:BreakerFailureRatio"] = "1",
        ["Storage:Resilience:BreakerBreakDuration"] = "00:00:15",
    };

    [Fact]
    public async Task GetPipeline_Registered_IsBreakerThenTimeoutWithConfiguredValuesAndNoRetry()
    {
        await using ResilientStoreHost host = new(new Dictionary<string, string?>
        {
            ["Storage:Resilience:WriteAttemptTimeout"] = "00:00:03",
            ["Storage:Resilience:BreakerBreakDuration"] = "00:00:20",
        });

        ResiliencePipeline pipeline = host.Services.GetRequiredService<ResiliencePipelineProvider<string>>().GetPipeline(ArticleStoreWritePipeline.Name);
        ResiliencePipelineDescriptor descriptor = pipeline.GetPipelineDescriptor();

        Assert.Collection(
            descriptor.Strategies,
            breaker => Assert.Equal(TimeSpan.FromSeconds(20), Assert.IsType<CircuitBreakerStrategyOptions>(breaker.Options).BreakDuration),
            timeout => Assert.Equal(TimeSpan.FromSeconds(3), Assert.IsType<TimeoutStrategyOptions>(timeout.Options).Timeout));
    }

    [Fact]
    public async Task UpsertAsync_StoreDownLongEnough_OpensBreakerAndClosesItAfterTheBreak()
    {
        await using ResilientStoreHost host = new(s_smallBreaker);
        host.Inner.FailNext(2);

        // Two failed writes, each tried once, reach the minimum throughput at a 100 % failure ratio.
        await Assert.ThrowsAsync<TimeoutException>(() => host.Store.UpsertAsync(ArticleDocuments.Minimal("a1"), TestContext.Current.CancellationToken));
        await Assert.ThrowsAsync<TimeoutException>(() => host.Store.UpsertAsync(ArticleDocuments.Minimal("a1"), TestContext.Current.CancellationToken));
        Assert.Equal(2, host.Inner.WriteAttempts);

        // Open: refused at once, the store is not called.
        await Assert.ThrowsAsync<BrokenCircuitException>(() => host.Store.UpsertAsync(ArticleDocuments.Minimal("a2"), TestContext.Current.CancellationToken));
        Assert.Equal(2, host.Inner.WriteAttempts);

        // After the break one write goes through to probe; it succeeds, so the breaker closes and the next one passes too.
        host.Time.Advance(TimeSpan.FromSeconds(15));
        Assert.Equal(UpsertOutcome.Created, await host.Store.UpsertAsync(ArticleDocuments.Minimal("a2"), TestContext.Current.CancellationToken));
        Assert.Equal(UpsertOutcome.Created, await host.Store.UpsertAsync(ArticleDocuments.Minimal("a3"), TestContext.Current.CancellationToken));
        Assert.Equal(4, host.Inner.WriteAttempts);
    }

    [Fact]
    public async Task UpsertAsync_BreakerOpenBeforeTheBreakEnds_StaysOpen()
    {
        await using ResilientStoreHost host = new(s_smallBreaker);
        host.Inner.FailNext(2);
        await Assert.ThrowsAsync<TimeoutException>(() => host.Store.UpsertAsync(ArticleDocuments.Minimal("a1"), TestContext.Current.CancellationToken));
        await Assert.ThrowsAsync<TimeoutException>(() => host.Store.UpsertAsync(ArticleDocuments.Minimal("a1"), TestContext.Current.CancellationToken));

        host.Time.Advance(TimeSpan.FromSeconds(14));

        await Assert.ThrowsAsync<BrokenCircuitException>(() => host.Store.UpsertAsync(ArticleDocuments.Minimal("a2"), TestContext.Current.CancellationToken));
        Assert.Equal(2, host.Inner.WriteAttempts);
    }

    [Fact]
    public async Task UpsertAsync_CallSlowerThanTimeout_IsAbandonedAsAnOutageAndNotRetried()
    {
        await using ResilientStoreHost host = new(new Dictionary<string, string?> { ["Storage:Resilience:WriteAttemptTimeout"] = "00:00:01" });
        SlowOnceArticleStore slow = new(host.Inner);
        ResiliencePipeline pipeline = host.Services.GetRequiredService<ResiliencePipelineProvider<string>>().GetPipeline(ArticleStoreWritePipeline.Name);
        await using ResilientArticleStore store = new(slow, pipeline);

        TimeoutRejectedException timeout = await Assert.ThrowsAsync<TimeoutRejectedException>(
            () => host.CompleteAsync(store.UpsertAsync(ArticleDocuments.Minimal("a1"), TestContext.Current.CancellationToken)));

        Assert.True(StoreFailures.IsOutage(timeout));
        Assert.Equal(1, slow.Calls);
        Assert.Equal(0, host.Inner.Count);
    }

    [Fact]
    public async Task AddArticleStoreResilience_OutOfRangeOption_FailsValidation()
    {
        await using ResilientStoreHost host = new(new Dictionary<string, string?> { ["Storage:Resilience:BreakerFailureRatio"] = "0" });

        Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IOptions<ArticleStoreResilienceOptions>>().Value);
    }

    [Fact]
    public void StoreFailures_Classification_RetriesOnlyWhatWaitingCanFix()
    {
        Assert.True(StoreFailures.IsTransient(new TimeoutException()));
        Assert.True(StoreFailures.IsTransient(new IOException()));
        Assert.True(StoreFailures.IsTransient(new TimeoutRejectedException()));
        Assert.False(StoreFailures.IsTransient(new ArgumentException("bad")));
        Assert.False(StoreFailures.IsTransient(new InvalidOperationException()));
        Assert.False(StoreFailures.IsTransient(new OperationCanceledException()));
        Assert.False(StoreFailures.IsTransient(new BrokenCircuitException()));
        Assert.True(StoreFailures.IsOutage(new BrokenCircuitException()));
        Assert.False(StoreFailures.IsOutage(new ArgumentException("bad")));
    }
}
