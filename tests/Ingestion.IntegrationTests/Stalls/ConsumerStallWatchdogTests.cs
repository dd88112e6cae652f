using Ingestion.IntegrationTests.Crash;
using Ingestion.IntegrationTests.Infrastructure;
using Ingestion.ServiceDefaults.Hosting;
using Ingestion.ServiceDefaults.Messaging;
using Ingestion.ServiceDefaults.Messaging.Stalls;
using Ingestion.Tests.Shared;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;

namespace Ingestion.IntegrationTests.Stalls;

/// <summary>The watchdog against a real broker: a queue with work and no consumer makes it ask for a host restart.</summary>
[Collection(RabbitMqCollection.Name)]
public class ConsumerStallWatchdogTests(RabbitMqBroker broker)
{
    private const string Queue = "stalled-work";

    [Fact]
    public async Task ExecuteAsync_QueueWithMessagesAndNoConsumer_RequestsARestartNamingTheQueue()
    {
        Assert.SkipWhen(broker.Address is null, broker.Unavailable);
        Uri vhost = await broker.CreateVirtualHostAsync($"stall-{Guid.NewGuid():N}");
        using var management = new BrokerQueues(vhost);
        try
        {
            await PublishUnconsumedAsync(vhost, messages: 3);
            var registry = new ReceiveQueueRegistry();
            await registry.Ready(new EndpointReady(new Uri($"rabbitmq://{vhost.Host}{vhost.AbsolutePath}/{Queue}")));
            var lifetime = new ApplicationLifetime(NullLogger<ApplicationLifetime>.Instance);
            var restart = new HostRestart(lifetime);
            await using var probe = new BrokerQueueProbe(vhost);
            var options = new BusOptions { StallTimeout = TimeSpan.FromSeconds(3), StallCheckInterval = TimeSpan.FromMilliseconds(500) };
            using ServiceProvider services = new ServiceCollection().AddLogging().AddHealthChecks().Services.BuildServiceProvider();
            using var watchdog = new ConsumerStallWatchdog(
                registry,
                new ConsumeProgress(),
                probe,
                services.GetRequiredService<HealthCheckService>(),
                restart,
                Options.Create(options),
                TimeProvider.System,
                NullLogger<ConsumerStallWatchdog>.Instance);

            await watchdog.StartAsync(TestContext.Current.CancellationToken);
            await Eventually.WaitAsync(() => Task.FromResult(restart.Requested), requested => requested, TimeSpan.FromSeconds(60), "the watchdog to ask for a restart");
            await watchdog.StopAsync(CancellationToken.None);

            Assert.True(lifetime.ApplicationStopping.IsCancellationRequested);
            Assert.Contains(Queue, restart.Reason, StringComparison.Ordinal);
            Assert.Contains("3 message(s)", restart.Reason, StringComparison.Ordinal);
        }
        finally
        {
            await management.DeleteVirtualHostAsync();
        }
    }

    private static async Task PublishUnconsumedAsync(Uri vhost, int messages)
    {
        var factory = new ConnectionFactory { Uri = vhost };
        await using IConnection connection = await factory.CreateConnectionAsync(TestContext.Current.CancellationToken);
        await using IChannel channel = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), TestContext.Current.CancellationToken);
        await channel.QueueDeclareAsync(Queue, durable: true, exclusive: false, autoDelete: false, cancellationToken: TestContext.Current.CancellationToken);
        for (int i = 0; i < messages; i++)
        {
            await channel.BasicPublishAsync(string.Empty, Queue, "{}"u8.ToArray(), TestContext.Current.CancellationToken);
        }
    }

    /// <summary>What MassTransit tells endpoint observers when an endpoint starts consuming; only the address is read.</summary>
    private sealed class EndpointReady(Uri inputAddress) : ReceiveEndpointReady
    {
        public Uri InputAddress { get; } = inputAddress;

        public IReceiveEndpoint ReceiveEndpoint => throw new NotSupportedException("Not read by the registry.");

        public bool IsStarted => true;
    }
}
