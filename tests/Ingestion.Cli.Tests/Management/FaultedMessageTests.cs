using System.Text.Json.Nodes;
using Ingestion.Cli.Management;

namespace Ingestion.Cli.Tests.Management;

public sealed class FaultedMessageTests
{
    [Fact]
    public void From_CapturedArticleEnrichedFault_ReadsReasonArticleAndFile()
    {
        string json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Management", "Samples", "get-error-message.json"));
        QueueMessage message = Assert.Single(ManagementJson.ParseMessages(json));

        FaultedMessage faulted = FaultedMessage.From("article-enriched_error", message);

        Assert.Equal("article-enriched_error", faulted.Queue);
        Assert.Equal("System.TimeoutException", faulted.ExceptionType);
        Assert.Equal("The store did not answer", faulted.ExceptionMessage);
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 20, 15, 0, TimeSpan.Zero).AddTicks(1234567), faulted.Time);
        Assert.Equal("ArticleEnriched", faulted.MessageType);
        Assert.Equal("a1b2c3", faulted.ArticleId);
        Assert.Equal("wam-0001.xml", faulted.FileName);
    }

    [Fact]
    public void From_ArticleDiscoveredEnvelope_FileNameFromOrigin()
    {
        QueueMessage message = Message(
            """{"messageId":"m1","sentTime":"2026-11-30T10:00:00Z","messageType":["urn:message:Ingestion.Contracts:ArticleDiscovered"],"message":{"articleId":"x9","origin":{"fileName":"a.txt"}}}""",
            new JsonObject());

        FaultedMessage faulted = FaultedMessage.From("article-discovered_error", message);

        Assert.Equal("x9", faulted.ArticleId);
        Assert.Equal("a.txt", faulted.FileName);
        Assert.Equal("m1", faulted.MessageId);
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 10, 0, 0, TimeSpan.Zero), faulted.Time);
        Assert.Null(faulted.ExceptionType);
    }

    [Fact]
    public void From_PayloadNotJson_StillListedWithHeaders()
    {
        QueueMessage message = Message("not json at all", new JsonObject { ["MT-Reason"] = "dead-letter" });

        FaultedMessage faulted = FaultedMessage.From("q_error", message);

        Assert.Null(faulted.ArticleId);
        Assert.Equal("dead-letter", faulted.ExceptionMessage);
    }

    private static QueueMessage Message(string payload, JsonObject headers) =>
        new(payload, "string", new JsonObject { ["headers"] = headers }, "q_error", string.Empty, false);
}
