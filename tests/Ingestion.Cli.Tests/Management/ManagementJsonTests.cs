using System.Text.Json.Nodes;
using Ingestion.Cli.Management;

namespace Ingestion.Cli.Tests.Management;

public sealed class ManagementJsonTests
{
    private static string Sample(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Management", "Samples", name));

    [Fact]
    public void ParseQueues_CapturedSample_ReadsCountsAndRates()
    {
        IReadOnlyList<QueueInfo> queues = ManagementJson.ParseQueues(Sample("queues.json"));

        Assert.Equal(2, queues.Count);
        Assert.Equal(new QueueInfo("article-enriched", 2, 3, 1, 12.4, 11.8), queues[0]);
        Assert.False(queues[0].IsErrorQueue);
        Assert.Equal("article-enriched_error", queues[1].Name);
        Assert.True(queues[1].IsErrorQueue);
        Assert.Equal(1, queues[1].Ready);
    }

    [Fact]
    public void ParseQueues_NewQueueWithoutCountsOrStats_ReadsZeros()
    {
        IReadOnlyList<QueueInfo> queues = ManagementJson.ParseQueues("""[{"name":"fresh","durable":true,"vhost":"/"}]""");

        Assert.Equal(new QueueInfo("fresh", 0, 0, 0, 0, 0), Assert.Single(queues));
    }

    [Fact]
    public void ParseMessages_CapturedErrorMessage_KeepsPropertiesAndHeaders()
    {
        QueueMessage message = Assert.Single(ManagementJson.ParseMessages(Sample("get-error-message.json")));

        Assert.Equal("0b5e0000-5d6b-0015-a4d0-08de2f4a1c11", message.MessageId);
        Assert.Equal("System.TimeoutException", message.Header("MT-Fault-ExceptionType"));
        Assert.Equal("3", message.Header("MT-Fault-RetryCount"));
        Assert.Equal("string", message.PayloadEncoding);
        Assert.Equal(2, message.Properties["delivery_mode"]!.GetValue<int>());
        Assert.Equal(0, message.MessageCount);
    }

    [Fact]
    public void ParseMessages_PropertiesAsEmptyArray_ReadsAsNoProperties()
    {
        QueueMessage message = Assert.Single(ManagementJson.ParseMessages(
            """[{"payload":"aGk=","payload_encoding":"base64","properties":[],"routing_key":"q","exchange":"","redelivered":true,"message_count":4}]"""));

        Assert.Empty(message.Properties);
        Assert.Null(message.MessageId);
        Assert.Equal("hi", message.PayloadText());
        Assert.Equal(4, message.MessageCount);
    }

    [Theory]
    [InlineData("""{"routed":true}""", true)]
    [InlineData("""{"routed":false}""", false)]
    [InlineData("""{}""", false)]
    public void ParseRouted_Answer_ReadsRouted(string json, bool routed)
    {
        Assert.Equal(routed, ManagementJson.ParseRouted(json));
    }

    [Theory]
    [InlineData(false, "ack_requeue_true")]
    [InlineData(true, "ack_requeue_false")]
    public void GetRequest_RemoveOrPeek_AckMode(bool remove, string ackMode)
    {
        JsonObject request = JsonNode.Parse(ManagementJson.GetRequest(5, remove))!.AsObject();

        Assert.Equal(ackMode, request["ackmode"]!.GetValue<string>());
        Assert.Equal(5, request["count"]!.GetValue<int>());
        Assert.False(request.ContainsKey("truncate"));
    }

    [Fact]
    public void PublishRequest_Message_CarriesRoutingKeyPropertiesAndPayload()
    {
        var properties = new JsonObject { ["delivery_mode"] = 2, ["headers"] = new JsonObject { ["a"] = "b" } };

        JsonObject request = JsonNode.Parse(ManagementJson.PublishRequest("article-enriched", properties, "{}", "string"))!.AsObject();

        Assert.Equal("article-enriched", request["routing_key"]!.GetValue<string>());
        Assert.Equal("b", request["properties"]!["headers"]!["a"]!.GetValue<string>());
        Assert.Equal("{}", request["payload"]!.GetValue<string>());
        Assert.Equal("string", request["payload_encoding"]!.GetValue<string>());
    }
}
