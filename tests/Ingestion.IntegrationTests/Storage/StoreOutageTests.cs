using Ingestion.Contracts;
using Ingestion.IntegrationTests.Infrastructure;
using Ingestion.ServiceDefaults.Messaging;
using Ingestion.Storage;
using Ingestion.Storage.Persistence;
using Ingestion.Storage.Resilience;
using Ingestion.Tests.Shared;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Ingestion.IntegrationTests.Storage;

/// <summary>
/// The storage endpoint on a real RabbitMQ while its store is down: the in-memory transport cannot show the kill switch
/// stopping and restarting an endpoint, nor what stays in the queue meanwhile.
/// </summary>
[Collection(RabbitMqCollection.Name)]
public class StoreOutageTests(RabbitMqBroker broker)
{
    private const int Articles = 40;

    [Fact]
    public async Task StoreDownForAWhile_HeldRetries_AllStoredAndNothingFaulted()
    {
        Assert.SkipWhen(broker.Address is null, broker.Unavailable);
        OutageArticleStore store = new() { Down = true };
        StorageEndpointEvents events = new();
        using IHost host = await StartAsync(store, events, new Dictionary<string, string?>
        {
            ["Bus:PrefetchCount"] = "8",
            ["Bus:ConcurrentMessageLimit"] = "8",
            ["Storage:Batch:MessageLimit"] = "4",
            ["Storage:Batch:ConcurrencyLimit"] = "2",
            ["Storage:Resilience:OutageRetryLimit"] = "200",
            ["Storage:Resilience:OutageRetryMinInterval"] = "00:00:00.050",
            ["Storage:Resilience:OutageRetryMaxInterval"] = "00:00:00.300",
        });

        await PublishAsync(host);
        // A batch write is one refusal where single messages made one each: ten are several breaker cycles.
        await Eventually.WaitAsync(() => Task.FromResult(store.Refused), refused => refused >= 10, TimeSpan.FromSeconds(30), "writes refused by the store");
        store.Down = false;

        await Eventually.WaitAsync(() => Task.FromResult(store.Count), count => count == Articles, TimeSpan.FromSeconds(60), $"{Articles} stored", () => $"faults: {events.Faults}");
        TestContext.Current.SendDiagnosticMessage($"Held outage: {store.Refused} writes refused, {store.Count} stored, {events.Faults} faults, {events.Stopped} stops.");
        Assert.Equal(0, events.Faults);
        Assert.Equal(0, events.Stopped);
        await host.StopAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task StoreDownBeyondHeldRetries_KillSwitch_StopsEndpointThenRestartsItAndStoresTheRest()
    {
        Assert.SkipWhen(broker.Address is null, broker.Unavailable);
        OutageArticleStore store = new() { Down = true };
        StorageEndpointEvents events = new();
        using IHost host = await StartAsync(store, events, new Dictionary<string, string?>
        {
            ["Bus:PrefetchCount"] = "1",
            ["Bus:ConcurrentMessageLimit"] = "1",

            // One message at a time, as the test is about the endpoint stopping after a few faults: batches of the
            // default size would take all 40 messages in at once.
            ["Storage:Batch:MessageLimit"] = "1",
            ["Storage:Batch:ConcurrencyLimit"] = "1",
            ["Bus:RetryLimit"] = "0",
            ["Storage:Resilience:OutageRetryLimit"] = "0",
            ["Storage:Resilience:KillSwitchActivationThreshold"] = "2",
            ["Storage:Resilience:KillSwitchTripThreshold"] = "50",
            ["Storage:Resilience:KillSwitchRestartTimeout"] = "00:00:02",
        });

        await PublishAsync(host);
        await Eventually.WaitAsync(() => Task.FromResult(events.Stopped), stopped => stopped >= 1, TimeSpan.FromSeconds(30), "the kill switch stopping the endpoint", () => $"faults: {events.Faults}");
        int faultedBeforeStop = events.Faults;
        Assert.True(faultedBeforeStop < Articles / 2, $"{faultedBeforeStop} of {Articles} faulted before the endpoint stopped.");

        // Nobody starts the endpoint again: the kill switch does, after its restart timeout.
        store.Down = false;
        await Eventually.WaitAsync(() => Task.FromResult(store.Count + events.Faults), total => total == Articles, TimeSpan.FromSeconds(60), "every article stored or faulted", () => $"stored {store.Count}, faults {events.Faults}, starts {events.Starts}");
        TestContext.Current.SendDiagnosticMessage($"Kill switch: {faultedBeforeStop} faulted before the stop, {events.Faults} in all, {store.Count} stored, {events.Starts} starts, {events.Stopped} stops.");
        Assert.True(events.Starts >= 2, "The endpoint was never restarted.");
        Assert.True(store.Count >= Articles / 2, $"Only {store.Count} stored after the restart.");
        await host.StopAsync(TestContext.Current.CancellationToken);
    }

    private async Task<IHost> StartAsync(OutageArticleStore store, StorageEndpointEvents events, Dictionary<string, string?> settings)
    {
        Uri rabbitMq = await broker.CreateVirtualHostAsync($"outage-{Guid.NewGuid():N}");
        HostApplicationBuilder builder = TestHosts.CreateBuilder(rabbitMq, new Dictionary<string, string?>
        {
            ["Storage:Resilience:BreakerMinimumThroughput"] = "4",
            ["Storage:Resilience:BreakerBreakDuration"] = "00:00:00.500",
        });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(events);
        builder.Services.AddSingleton<IArticleStore>(store).AddArticleStoreResilience();
        builder.Services.AddIngestionBus(builder.Configuration, bus =>
        {
            bus.AddStorageConsumers();
            bus.AddConsumer<ArticleEnrichedFaultCounter>();
            bus.AddReceiveEndpointObserver(_ => events);
        });

        IHost host = builder.Build();
        await host.StartAsync(TestContext.Current.CancellationToken);
        return host;
    }

    private static async Task PublishAsync(IHost host)
    {
        IBus bus = host.Services.GetRequiredService<IBus>();
        for (int i = 0; i < Articles; i++)
        {
            await bus.Publish(EnrichedArticles.Create($"outage-{i:D2}"), TestContext.Current.CancellationToken);
        }
    }
}
