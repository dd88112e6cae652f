using Ingestion.FeedWatcher;
using Ingestion.IntegrationTests.Infrastructure;
using Ingestion.ServiceDefaults.Hosting;
using Ingestion.ServiceDefaults.Messaging;
using Ingestion.Tests.Shared;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Ingestion.IntegrationTests.Intake;

/// <summary>The feed-watcher stopped and started again and again while it works: every file is published exactly once.</summary>
[Collection(RabbitMqCollection.Name)]
public class WatcherRestartTests(RabbitMqBroker broker)
{
    private const int Files = 500;

    [Fact]
    public async Task FiveHundredFiles_WatcherRestartedMidStream_EachPublishedExactlyOnce()
    {
        Assert.SkipWhen(broker.Address is null, broker.Unavailable);
        Uri rabbitMq = await broker.CreateVirtualHostAsync($"restart-{Guid.NewGuid():N}");
        string feed = Directory.CreateTempSubdirectory("ingestion-restart-").FullName;
        var counter = new PublicationCounter();
        using IHost subscriber = Build(rabbitMq, feed, builder =>
        {
            builder.Services.AddSingleton(counter);
            builder.Services.AddIngestionBus(builder.Configuration, bus => bus.AddConsumer<PublicationCountingConsumer>());
        });
        await subscriber.StartAsync(TestContext.Current.CancellationToken);
        DropFiles(feed);

        string processed = Path.Combine(feed, "processed");
        int restarts = 0;
        while (counter.Total < Files && restarts < 40)
        {
            int before = Processed(processed);
            using IHost watcher = Build(rabbitMq, feed, builder =>
            {
                builder.AddFeedWatcher();
                builder.Services.AddIngestionBus(builder.Configuration, _ => { });
            });
            await watcher.StartAsync(TestContext.Current.CancellationToken);

            // Stop it once it has made some progress, in the middle of the stream. Its progress is read from the files it
            // moved, not from the subscriber's count: on a loaded machine the subscriber lagged the whole stream behind.
            await Eventually.WaitAsync(() => Task.FromResult(Processed(processed)), done => done >= Math.Min(Files, before + 80), TimeSpan.FromMinutes(1), "progress between restarts");
            await watcher.StopAsync(TestContext.Current.CancellationToken);
            restarts++;
        }

        await Eventually.WaitAsync(() => Task.FromResult(counter.Total), total => total >= Files, TimeSpan.FromMinutes(1), $"{Files} publications");
        TestContext.Current.SendDiagnosticMessage($"{Files} files, {restarts} watcher restarts, {counter.Total} publications, {counter.Distinct} distinct.");
        Assert.True(restarts >= 3, $"The watcher finished after {restarts} restart(s); the test needs it stopped mid-stream several times.");
        Assert.Equal(Files, counter.Distinct);
        Assert.True(!counter.Repeated.Any(), $"Published more than once after {restarts} restarts: {counter.Repeated.Count()} articles, {counter.Total} publications.");
        Assert.Equal(Files, counter.Total);
        Assert.Equal(Files, Directory.GetFiles(Path.Combine(feed, "processed")).Length);
    }

    private static int Processed(string folder) => Directory.Exists(folder) ? Directory.GetFiles(folder).Length : 0;

    private static void DropFiles(string feed)
    {
        string staging = Directory.CreateTempSubdirectory("ingestion-staging-").FullName;
        for (int i = 0; i < Files; i++)
        {
            string name = $"article-{i:D4}.txt";
            File.WriteAllText(Path.Combine(staging, name), $"خبر رقم {i}\nنص الخبر رقم {i} من وكالة الأنباء.");
            File.Move(Path.Combine(staging, name), Path.Combine(feed, name));
        }
    }

    private static IHost Build(Uri rabbitMq, string feed, Action<HostApplicationBuilder> configure)
    {
        HostApplicationBuilder builder = TestHosts.CreateBuilder(rabbitMq, new Dictionary<string, string?>
        {
            ["Feed:Path"] = feed,
            ["Feed:QuietPeriod"] = "00:00:00",

            // Slow enough that each run is stopped with work left in the feed.
            ["Feed:Concurrency"] = "1",
        });
        builder.AddServiceDefaults();
        configure(builder);
        return builder.Build();
    }
}
