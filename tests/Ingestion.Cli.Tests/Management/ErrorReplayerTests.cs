using System.Text.Json.Nodes;
using Ingestion.Cli.Management;
using Ingestion.Cli.Tests.Infrastructure;

namespace Ingestion.Cli.Tests.Management;

public sealed class ErrorReplayerTests
{
    [Theory]
    [InlineData("article-enriched_error", "article-enriched")]
    [InlineData("article-discovered_error", "article-discovered")]
    [InlineData("a_error_error", "a_error")]
    public void OriginalQueueOf_ErrorQueue_NameWithoutSuffix(string errorQueue, string original)
    {
        Assert.Equal(original, ErrorReplayer.OriginalQueueOf(errorQueue));
    }

    [Fact]
    public void OriginalQueueOf_NotAnErrorQueue_Throws()
    {
        Assert.Throws<ArgumentException>(() => ErrorReplayer.OriginalQueueOf("article-enriched_skipped"));
    }

    [Fact]
    public async Task ReplayAsync_MoreThanABatch_MovesAllAndStripsFaultHeaders()
    {
        using var api = new FakeManagementApi();
        api.AddQueue("article-enriched");
        api.AddQueue("article-enriched_error", [.. Enumerable.Range(0, 25).Select(i => Faulted($"m{i}"))]);
        using var client = new RabbitMqManagementClient(ManagementEndpoint.FromAmqp(new Uri("amqp://u:p@h/")), api);

        ReplayResult result = await new ErrorReplayer(client).ReplayAsync("article-enriched_error", TestContext.Current.CancellationToken);

        Assert.Equal(new ReplayResult("article-enriched_error", "article-enriched", 25, 0), result);
        Assert.Equal(0, api.Count("article-enriched_error"));
        Assert.Equal(25, api.Count("article-enriched"));
        JsonObject headers = api.Messages("article-enriched")[0]["properties"]!["headers"]!.AsObject();
        Assert.Equal("keep", headers["MT-Host-MachineName"]!.GetValue<string>());
        Assert.DoesNotContain(headers, h => h.Key.StartsWith("MT-Fault-", StringComparison.Ordinal) || h.Key == "MT-Reason");
        Assert.Equal(2, api.Messages("article-enriched")[0]["properties"]!["delivery_mode"]!.GetValue<int>());
    }

    [Fact]
    public async Task ReplayAsync_TargetRefusesMessages_PutsThemBackOnceWithTheirFaultAndStops()
    {
        using var api = new FakeManagementApi();
        api.AddQueue("article-enriched");
        api.AddQueue("article-enriched_error", Faulted("m1"), Faulted("m2"));
        api.Unroutable.Add("article-enriched");
        using var client = new RabbitMqManagementClient(ManagementEndpoint.FromAmqp(new Uri("amqp://u:p@h/")), api);

        ReplayResult result = await new ErrorReplayer(client).ReplayAsync("article-enriched_error", TestContext.Current.CancellationToken);

        Assert.Equal(0, result.Moved);
        Assert.Equal(2, result.PutBack);
        Assert.Equal(2, api.Count("article-enriched_error"));
        Assert.Equal("boom", api.Messages("article-enriched_error")[0]["properties"]!["headers"]!["MT-Fault-Message"]!.GetValue<string>());
    }

    [Fact]
    public async Task ReplayAsync_TargetQueueMissing_TakesNothing()
    {
        using var api = new FakeManagementApi();
        api.AddQueue("article-enriched_error", Faulted("m1"));
        using var client = new RabbitMqManagementClient(ManagementEndpoint.FromAmqp(new Uri("amqp://u:p@h/")), api);

        ReplayResult result = await new ErrorReplayer(client).ReplayAsync("article-enriched_error", TestContext.Current.CancellationToken);

        Assert.NotNull(result.Skipped);
        Assert.Equal(1, api.Count("article-enriched_error"));
    }

    private static JsonObject Faulted(string id) => new()
    {
        ["payload"] = $$$"""{"messageId":"{{{id}}}","message":{"articleId":"{{{id}}}"}}""",
        ["payload_encoding"] = "string",
        ["properties"] = new JsonObject
        {
            ["message_id"] = id,
            ["delivery_mode"] = 2,
            ["headers"] = new JsonObject
            {
                ["MT-Fault-ExceptionType"] = "System.InvalidOperationException",
                ["MT-Fault-Message"] = "boom",
                ["MT-Reason"] = "fault",
                ["MT-Host-MachineName"] = "keep",
            },
        },
        ["routing_key"] = "article-enriched_error",
        ["exchange"] = string.Empty,
        ["redelivered"] = false,
    };
}
