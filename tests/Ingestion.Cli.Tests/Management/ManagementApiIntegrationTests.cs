using System.Text.Json.Nodes;
using Ingestion.Cli.Commands.Errors;
using Ingestion.Cli.Management;
using Ingestion.Cli.Tests.Infrastructure;
using Ingestion.Tests.Shared;

namespace Ingestion.Cli.Tests.Management;

/// <summary>The list and replay of a MassTransit-style fault against the real broker, in a virtual host of its own.</summary>
[Collection(RabbitMqCollection.Name)]
public sealed class ManagementApiIntegrationTests(RabbitMqBroker broker) : IAsyncLifetime
{
    private const string Target = "article-enriched";
    private const string ErrorQueue = "article-enriched_error";

    // The broker refreshes queue statistics every 5 s by default; the deadline leaves room for a few refreshes.
    private static readonly TimeSpan s_deadline = TimeSpan.FromSeconds(40);

    private readonly string _virtualHost = $"cli-tests-{Guid.NewGuid():N}";
    private RabbitMqManagementClient? _client;

    public async ValueTask InitializeAsync()
    {
        if (broker.Address is null)
        {
            return;
        }

        Uri address = await broker.CreateVirtualHostAsync(_virtualHost);
        await broker.DeclareQueueAsync(address, Target);
        await broker.DeclareQueueAsync(address, ErrorQueue);
        _client = new RabbitMqManagementClient(ManagementEndpoint.Resolve(null, null, address.ToString()));
    }

    public async ValueTask DisposeAsync()
    {
        _client?.Dispose();
        if (broker.Address is not null)
        {
            await broker.DeleteVirtualHostAsync(_virtualHost);
        }
    }

    [Fact]
    public async Task ListThenReplay_FaultedArticleEnriched_ShownWithReasonThenMovedBack()
    {
        RabbitMqManagementClient client = Client();
        CancellationToken cancellation = TestContext.Current.CancellationToken;
        Assert.True(await client.PublishAsync(ErrorQueue, FaultProperties(), Envelope, "string", cancellation));

        FaultedMessage listed = Assert.Single(await ErrorQueueReader.PeekAsync(client, [ErrorQueue], 100, cancellation));
        Assert.Equal("System.TimeoutException", listed.ExceptionType);
        Assert.Equal("The store did not answer in 5 s", listed.ExceptionMessage);
        Assert.Equal("art-42", listed.ArticleId);
        Assert.Equal("wam-0042.xml", listed.FileName);
        Assert.Single(await ErrorQueueReader.PeekAsync(client, [ErrorQueue], 100, cancellation));

        ReplayResult replayed = await new ErrorReplayer(client).ReplayAsync(ErrorQueue, cancellation);

        Assert.Equal(new ReplayResult(ErrorQueue, Target, 1, 0), replayed);
        await Eventually.WaitAsync(() => ReadyAsync(client), q => q is (1, 0), s_deadline, $"1 message in {Target} and none in {ErrorQueue}");
        QueueMessage back = Assert.Single(await client.GetMessagesAsync(Target, 10, remove: false, cancellation));
        Assert.Equal(Envelope, back.PayloadText());
        Assert.Equal("fault-1", back.MessageId);
        Assert.Null(back.Header("MT-Fault-ExceptionType"));
        Assert.Equal("application/vnd.masstransit+json", back.Properties["content_type"]!.GetValue<string>());
    }

    [Fact]
    public async Task GetQueuesAsync_PipelineQueues_ListedWithDepthAndErrorFlag()
    {
        RabbitMqManagementClient client = Client();
        CancellationToken cancellation = TestContext.Current.CancellationToken;
        Assert.True(await client.PublishAsync(ErrorQueue, FaultProperties(), Envelope, "string", cancellation));

        IReadOnlyList<QueueInfo> queues = await Eventually.WaitAsync(
            () => client.GetQueuesAsync(cancellation), q => q.Any(x => x.Name == ErrorQueue && x.Ready == 1), s_deadline, "the error queue's depth");

        Assert.Equal([Target, ErrorQueue], queues.Select(q => q.Name).Order(StringComparer.Ordinal));
        Assert.True(queues.Single(q => q.Name == ErrorQueue).IsErrorQueue);
        Assert.False(queues.Single(q => q.Name == Target).IsErrorQueue);
    }

    [Fact]
    public async Task ReplayAsync_EmptyErrorQueue_MovesNothing()
    {
        ReplayResult result = await new ErrorReplayer(Client()).ReplayAsync(ErrorQueue, TestContext.Current.CancellationToken);

        Assert.Equal(new ReplayResult(ErrorQueue, Target, 0, 0), result);
    }

    private const string Envelope =
        """{"messageId":"fault-1","sentTime":"2026-11-30T20:00:00Z","messageType":["urn:message:Ingestion.Contracts:ArticleEnriched"],"message":{"articleId":"art-42","title":"عنوان","source":{"fileName":"wam-0042.xml"}}}""";

    private RabbitMqManagementClient Client()
    {
        if (_client is null)
        {
            Assert.Skip(broker.Unavailable);
        }

        return _client;
    }

    private async Task<(long Target, long Error)> ReadyAsync(RabbitMqManagementClient client)
    {
        IReadOnlyList<QueueInfo> queues = await client.GetQueuesAsync(TestContext.Current.CancellationToken);
        return (queues.Single(q => q.Name == Target).Ready, queues.Single(q => q.Name == ErrorQueue).Ready);
    }

    private static JsonObject FaultProperties() => new()
    {
        ["message_id"] = "fault-1",
        ["delivery_mode"] = 2,
        ["content_type"] = "application/vnd.masstransit+json",
        ["headers"] = new JsonObject
        {
            ["MT-Fault-ExceptionType"] = "System.TimeoutException",
            ["MT-Fault-Message"] = "The store did not answer in 5 s",
            ["MT-Fault-StackTrace"] = "   at Ingestion.Storage.Consumers.ArticleEnrichedConsumer.Consume()",
            ["MT-Fault-InputAddress"] = "rabbitmq://localhost/article-enriched",
            ["MT-Fault-Timestamp"] = "2026-11-30T20:00:01Z",
            ["MT-Reason"] = "fault",
        },
    };
}
