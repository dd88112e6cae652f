using Ingestion.Contracts;
using Ingestion.ServiceDefaults.Messaging;
using Ingestion.Storage.Consumers;
using Ingestion.Storage.Persistence;
using Ingestion.Storage.Resilience;
using Ingestion.Tests.Shared;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

using Ingestion.Storage.Tests.Consumers;

namespace Ingestion.Storage.Tests.Resilience;

/// <summary>
/// The storage endpoint, configured by its definition, over the in-memory transport, against a store that is down for
/// a while and then comes back. Intervals are shortened so the outage lasts about a second of real time.
/// </summary>
public sealed class StoreOutageEndpointTests : IAsyncDisposable
{
    private const int Articles = 20;
    private const int Refusals = 12;

    private readonly FlakyArticleStore _inner = new();
    private OutageCountingArticleStore? _consumerView;
    private readonly ServiceProvider _provider;

    public StoreOutageEndpointTests()
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Resilience:BreakerMinimumThroughput"] = "4",
            ["Storage:Resilience:BreakerSamplingDuration"] = "00:00:05",
            ["Storage:Resilience:BreakerBreakDuration"] = "00:00:00.500",
            ["Storage:Resilience:OutageRetryLimit"] = "200",
            ["Storage:Resilience:OutageRetryMinInterval"] = "00:00:00.020",
            ["Storage:Resilience:OutageRetryMaxInterval"] = "00:00:00.200",
        }).Build();

        _provider = new ServiceCollection()
            .AddSingleton(configuration)
            .AddSingleton(TimeProvider.System)
            .AddSingleton<IArticleStore>(_inner)
            .AddArticleStoreResilience()
            .Decorate(store => _consumerView = new OutageCountingArticleStore(store))
            .AddOptions<BusOptions>().Services
            .AddMassTransitTestHarness(bus => bus.AddStorageConsumers())
            .BuildServiceProvider(true);
    }

    [Fact]
    public async Task Consume_StoreDownForAWhile_HoldsMessagesThenStoresAllWithoutFaults()
    {
        // More refusals than the breaker's minimum throughput: it opens, and messages meet the outage and are held.
        _inner.FailNext(Refusals);
        ITestHarness harness = _provider.GetRequiredService<ITestHarness>();
        await harness.Start();

        for (int i = 0; i < Articles; i++)
        {
            await harness.Bus.Publish(EnrichedArticles.Create($"a{i:D2}"), TestContext.Current.CancellationToken);
        }

        await Eventually.WaitAsync(() => Task.FromResult(harness.Published.Select<ArticleStored>().Count()), count => count == Articles, TimeSpan.FromSeconds(30), $"{Articles} ArticleStored published");

        Assert.Equal(Refusals, _inner.Refused);
        Assert.True(_consumerView!.Outages > 0, "No message met the outage past the write pipeline.");
        Assert.Equal(Articles, _inner.Count);
        Assert.False(await harness.Published.Any<Fault<ArticleEnriched>>());
        Assert.DoesNotContain(harness.Consumed.Select<ArticleEnriched>(), m => m.Exception is not null && !StoreFailures.IsOutage(m.Exception));
        Assert.Empty(harness.Sent.Select(m => m.Context.DestinationAddress?.AbsolutePath.EndsWith("_error", StringComparison.Ordinal) == true));
    }

    [Fact]
    public async Task Consume_InvalidDocumentError_StillFaultsAfterTheUsualRetries()
    {
        _inner.FailNext(100, () => new ArgumentException("The document is invalid."));
        ITestHarness harness = _provider.GetRequiredService<ITestHarness>();
        await harness.Start();

        await harness.Bus.Publish(EnrichedArticles.Create("bad"), TestContext.Current.CancellationToken);

        Assert.True(await harness.Published.Any<Fault<ArticleEnriched>>());
        Assert.Equal(new BusOptions().RetryLimit + 1, _inner.WriteAttempts);
    }

    [Fact]
    public async Task Consume_OnePoisonedMessageInABatch_StoresTheOthersAndFaultsOnlyIt()
    {
        _inner.PoisonId = "a03";
        ITestHarness harness = _provider.GetRequiredService<ITestHarness>();
        await harness.Start();

        await Task.WhenAll(Enumerable.Range(0, 6).Select(i => harness.Bus.Publish(EnrichedArticles.Create($"a{i:D2}"), TestContext.Current.CancellationToken)));
        await Eventually.WaitAsync(() => Task.FromResult(harness.Published.Select<Fault<ArticleEnriched>>().Any()), any => any, TimeSpan.FromSeconds(30), "a Fault<ArticleEnriched> published");

        Assert.Equal(5, _inner.Count);
        Assert.Equal("a03", Assert.Single(harness.Published.Select<Fault<ArticleEnriched>>()).Context.Message.Message.ArticleId);
        Assert.Equal(5, await harness.Published.SelectAsync<ArticleStored>().Count());
    }

    public async ValueTask DisposeAsync() => await _provider.DisposeAsync();
}
