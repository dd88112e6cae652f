using System.Text.Json;
using System.Text.Json.Nodes;
using Ingestion.Cli.Management;
using Ingestion.Cli.Tests.Infrastructure;
using Ingestion.Tests.Shared;

namespace Ingestion.Cli.Tests.Commands;

/// <summary><c>ingest queues</c> and <c>ingest errors</c> run as processes against a virtual host of their own.</summary>
[Collection(RabbitMqCollection.Name)]
public sealed class OperatorCommandsTests(RabbitMqBroker broker) : IAsyncLifetime
{
    private const string ErrorQueue = "article-enriched_error";
    private static readonly TimeSpan s_deadline = TimeSpan.FromSeconds(40);

    private readonly string _virtualHost = $"cli-commands-{Guid.NewGuid():N}";
    private Uri? _address;
    private RabbitMqManagementClient? _client;

    public async ValueTask InitializeAsync()
    {
        if (broker.Address is null)
        {
            return;
        }

        _address = await broker.CreateVirtualHostAsync(_virtualHost);
        foreach (string queue in new[] { "article-discovered", "article-enriched", "article-discovered_error", ErrorQueue })
        {
            await broker.DeclareQueueAsync(_address, queue);
        }

        _client = new RabbitMqManagementClient(ManagementEndpoint.FromAmqp(_address));
        var properties = new JsonObject
        {
            ["message_id"] = "cmd-1",
            ["delivery_mode"] = 2,
            ["headers"] = new JsonObject { ["MT-Fault-ExceptionType"] = "System.FormatException", ["MT-Fault-Message"] = "bad date", ["MT-Reason"] = "fault" },
        };
        const string payload = """{"messageId":"cmd-1","message":{"articleId":"art-7","source":{"fileName":"f7.xml"}}}""";
        Assert.True(await _client.PublishAsync(ErrorQueue, properties, payload, "string", TestContext.Current.CancellationToken));
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
    public async Task Queues_Json_ListsThePipelineQueuesWithDepths()
    {
        Dictionary<string, string?> environment = Environment();
        await Eventually.WaitAsync(() => _client!.GetQueueAsync(ErrorQueue, TestContext.Current.CancellationToken), q => q?.Ready == 1, s_deadline, "the error queue's statistics");

        (int exitCode, string output, string error) = await IngestProcess.RunAsync(environment, "queues", "--json");

        Assert.True(exitCode == 0, error + output);
        JsonElement[] queues = [.. JsonDocument.Parse(output).RootElement.EnumerateArray()];
        Assert.Equal(4, queues.Length);
        JsonElement errorQueue = queues.Single(q => q.GetProperty("name").GetString() == ErrorQueue);
        Assert.Equal(1, errorQueue.GetProperty("ready").GetInt64());
        Assert.True(errorQueue.GetProperty("isErrorQueue").GetBoolean());
    }

    [Fact]
    public async Task ErrorsListThenRequeue_AllQueues_ShowsReasonThenMovesIt()
    {
        Dictionary<string, string?> environment = Environment();

        (int listed, string list, string listError) = await IngestProcess.RunAsync(environment, "errors", "list", "--json");
        (int replayed, string replay, string replayError) = await IngestProcess.RunAsync(environment, "errors", "requeue", "--all");

        Assert.True(listed == 0, listError + list);
        JsonElement message = Assert.Single(JsonDocument.Parse(list).RootElement.EnumerateArray());
        Assert.Equal("bad date", message.GetProperty("exceptionMessage").GetString());
        Assert.Equal("art-7", message.GetProperty("articleId").GetString());
        Assert.Equal("f7.xml", message.GetProperty("fileName").GetString());
        Assert.True(replayed == 0, replayError + replay);
        Assert.Contains("article-enriched_error → article-enriched: 1 moved", replay, StringComparison.Ordinal);
        Assert.Contains("article-discovered_error → article-discovered: 0 moved", replay, StringComparison.Ordinal);
        QueueMessage back = Assert.Single(await _client!.GetMessagesAsync("article-enriched", 10, remove: false, TestContext.Current.CancellationToken));
        Assert.Equal("cmd-1", back.MessageId);
    }

    private Dictionary<string, string?> Environment()
    {
        if (_address is null)
        {
            Assert.Skip(broker.Unavailable);
        }

        return new() { ["ConnectionStrings__RabbitMq"] = _address.ToString() };
    }
}
