using System.Net;
using System.Net.Sockets;
using Ingestion.Contracts;
using Ingestion.FeedWatcher;
using Ingestion.FeedWatcher.Intake;
using Ingestion.ServiceDefaults.Hosting;
using Ingestion.ServiceDefaults.Messaging;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Ingestion.FeedWatcher.Tests.Network;

/// <summary>
/// The product calls no one it does not name. A feed-watcher host, composed as its Program.cs composes it, takes a
/// file while every connection the process begins is recorded; only the configured broker (AMQP and its management
/// API) may appear. With <c>RABBITMQ_URL</c> set it runs over that broker, else over the in-memory transport.
/// MassTransit is told to send its usage report at shutdown, which it does only when its telemetry is on: without
/// <c>DisableUsageTelemetry()</c> in the bus registration, this test sees the request to masstransit.io and fails.
/// </summary>
[Collection(nameof(OutboundConnectionTests))]
[CollectionDefinition(nameof(OutboundConnectionTests), DisableParallelization = true)]
public class OutboundConnectionTests
{
    [Fact]
    public async Task FeedWatcherHost_TakingAFile_ConnectsToNothingButItsBroker()
    {
        CancellationToken cancellationToken = TestContext.Current.CancellationToken;
        string feed = Directory.CreateTempSubdirectory("ingestion-network-").FullName;
        Uri? broker = Environment.GetEnvironmentVariable("RABBITMQ_URL") is { Length: > 0 } url ? new Uri(url) : null;
        using var connections = new OutboundConnections();

        WebApplicationBuilder builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Urls"] = "http://127.0.0.1:0",
            ["Feed:Path"] = feed,
            ["Feed:QuietPeriod"] = "00:00:00",
            ["Feed:ScanInterval"] = "00:00:00.200",
            ["Feed:InstanceId"] = "network-test-" + Guid.NewGuid().ToString("N")[..8],
            ["ConnectionStrings:RabbitMq"] = broker?.ToString(),
        });
        builder.AddServiceDefaults();
        builder.AddFeedWatcher();
        builder.Services.AddIngestionBus(builder.Configuration, bus =>
        {
            bus.AddFeedWatcherConsumers(builder.Configuration);
            bus.AddConsumer<DiscardingConsumer>().Endpoint(endpoint => endpoint.Temporary = true);
        });
        builder.Services.PostConfigure<UsageTelemetryOptions>(telemetry => telemetry.ReportOnShutdown = true);
        await using (WebApplication app = builder.Build())
        {
            app.MapDefaultEndpoints();
            await app.StartAsync(cancellationToken);

            // Every endpoint bound before the drop: a publish the broker returns for want of a queue is retried after a
            // backoff, which a loaded machine can stretch past the deadline.
            BusHealthStatus health = await app.Services.GetRequiredService<IBusControl>()
                .WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(60));
            Assert.Equal(BusHealthStatus.Healthy, health);
            // Written beside the feed and moved in whole: with no quiet period, a scan on a loaded machine can
            // otherwise see the file between its creation and its write, and take it empty.
            string staged = Path.Combine(Path.GetTempPath(), "ingestion-network-" + Guid.NewGuid().ToString("N") + ".txt");
            await File.WriteAllTextAsync(staged, "Headline\nBody", cancellationToken);
            File.Move(staged, Path.Combine(feed, "a.txt"));

            IntakeCounters counters = app.Services.GetRequiredService<IntakeCounters>();
            DateTime deadline = DateTime.UtcNow.AddSeconds(60);
            while (counters.Published == 0 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(50, cancellationToken);
            }

            Assert.Equal(1, counters.Published);
            await app.StopAsync(cancellationToken);
        }

        HashSet<string> brokerHosts = broker is null ? [] : [broker.Host, .. (await Dns.GetHostAddressesAsync(broker.Host, cancellationToken)).Select(a => a.ToString())];
        int[] brokerPorts = broker is null ? [] : [broker.IsDefaultPort ? 5672 : broker.Port, 15672];
        if (broker is not null)
        {
            // The broker's own connections were seen: what is allowed was really watched.
            Assert.Contains(connections.Connects, endpoint => brokerPorts.Contains(endpoint.Port));
        }

        Assert.All(connections.Lookups, host => Assert.Contains(host, brokerHosts));
        Assert.All(connections.Connects, endpoint =>
        {
            Assert.Contains(endpoint.Address.ToString(), brokerHosts);
            Assert.Contains(endpoint.Port, brokerPorts);
        });
        Assert.All(connections.Requests, request => Assert.Contains(brokerHosts, host => request.Contains("://" + host + ":", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task OutboundConnections_ConnectAndHttpRequest_AreBothSeen()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        using var connections = new OutboundConnections();

        using (var client = new TcpClient())
        {
            await client.ConnectAsync(IPAddress.Loopback, port, TestContext.Current.CancellationToken);
        }

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        Task<HttpResponseMessage> request = http.GetAsync(new Uri($"http://127.0.0.1:{port}/"), TestContext.Current.CancellationToken);
        using (TcpClient accepted = await listener.AcceptTcpClientAsync(TestContext.Current.CancellationToken))
        {
            // The first connection, then the HTTP client's: closing it ends the request.
        }

        await Assert.ThrowsAnyAsync<Exception>(() => request);
        Assert.Contains(new IPEndPoint(IPAddress.Loopback, port), connections.Connects);
        Assert.Contains($"http://127.0.0.1:{port}", connections.Requests);
    }

    private sealed class DiscardingConsumer : IConsumer<ArticleDiscovered>
    {
        public Task Consume(ConsumeContext<ArticleDiscovered> context) => Task.CompletedTask;
    }
}
