using Ingestion.Cli.Management;
using Ingestion.Cli.Tests.Infrastructure;
using Ingestion.Contracts;
using Ingestion.ServiceDefaults.Messaging;
using Ingestion.Storage;
using Ingestion.Storage.Persistence;
using Ingestion.Storage.Resilience;
using Ingestion.Tests.Shared;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Ingestion.Cli.Tests.Commands;

/// <summary>
/// The issue's acceptance case: a message the storage service cannot take (a bug, not an outage) lands in
/// <c>article-enriched_error</c>; once the bug is fixed, <c>ingest errors requeue</c>, run as a process, brings it
/// through to the store, and the error queue is left empty.
/// </summary>
[Collection(RabbitMqCollection.Name)]
public sealed class PoisonedMessageRequeueTests(RabbitMqBroker broker) : IAsyncDisposable
{
    private const string ErrorQueue = "article-enriched_error";
    private static readonly TimeSpan s_deadline = TimeSpan.FromSeconds(60);

    private readonly string _virtualHost = $"cli-poison-{Guid.NewGuid():N}";
    private readonly string _folder = Directory.CreateTempSubdirectory("ingestion-poison-").FullName;

    [Fact]
    public async Task ErrorsRequeue_PoisonedThenFixed_MessageReachesTheStore()
    {
        Assert.SkipWhen(broker.Address is null, broker.Unavailable);
        Uri address = await broker.CreateVirtualHostAsync(_virtualHost);
        await using var store = new PoisonedArticleStore(ArticleStoreFactory.Create($"Filename={Path.Combine(_folder, "articles.db")};Connection=shared"));
        using IHost storage = await StartStorageAsync(address, store);
        using var management = new RabbitMqManagementClient(ManagementEndpoint.FromAmqp(address));

        ArticleEnriched poisoned = EnrichedArticles.Create("poisoned-1");
        await storage.Services.GetRequiredService<IBus>().Publish(poisoned, TestContext.Current.CancellationToken);
        await Eventually.WaitAsync(() => management.GetQueueAsync(ErrorQueue, TestContext.Current.CancellationToken), q => q?.Ready == 1, s_deadline, "the poisoned message in the error queue");
        Assert.Null(await store.FindAsync("poisoned-1", TestContext.Current.CancellationToken));

        store.Poisoned = false;
        (int exitCode, string output, string error) = await IngestProcess.RunAsync(
            new Dictionary<string, string?> { ["ConnectionStrings__RabbitMq"] = address.ToString() }, "errors", "requeue", "--queue", "article-enriched");

        Assert.True(exitCode == 0, error + output);
        Assert.Contains("article-enriched_error → article-enriched: 1 moved", output, StringComparison.Ordinal);
        ArticleDocument? stored = await Eventually.WaitAsync(() => store.FindAsync("poisoned-1", TestContext.Current.CancellationToken), d => d is not null, s_deadline, "the replayed article in the store");
        Assert.Equal(poisoned.Text, stored!.Text);
        Assert.Empty(await management.GetMessagesAsync(ErrorQueue, 10, remove: false, TestContext.Current.CancellationToken));
        await storage.StopAsync(TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (broker.Address is not null)
        {
            await broker.DeleteVirtualHostAsync(_virtualHost);
        }

        Directory.Delete(_folder, recursive: true);
    }

    private static async Task<IHost> StartStorageAsync(Uri rabbitMq, IArticleStore store)
    {
        HostApplicationBuilder builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = Environments.Development });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:RabbitMq"] = rabbitMq.ToString(),
            ["Bus:RetryLimit"] = "1",
        });
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddLogging();
        builder.Services.AddSingleton(store).AddArticleStoreResilience();
        builder.Services.AddIngestionBus(builder.Configuration, bus => bus.AddStorageConsumers());
        IHost host = builder.Build();
        await host.StartAsync(TestContext.Current.CancellationToken);
        return host;
    }
}
