using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Ingestion.IntegrationTests.Infrastructure;
using Ingestion.Tests.Shared;

namespace Ingestion.IntegrationTests.ScaleOut;

/// <summary><c>Bus__UseQuorumQueues</c> decides the type of the queues the services declare on the real broker.</summary>
[Collection(RabbitMqCollection.Name)]
public class QuorumQueueTests(RabbitMqBroker broker)
{
    private static readonly TimeSpan s_deadline = TimeSpan.FromMinutes(3);

    [Theory]
    [InlineData(true, "quorum")]
    [InlineData(false, "classic")]
    public async Task UseQuorumQueues_ServicesDeclareTheirQueues_QueueTypeFollowsTheOption(bool useQuorumQueues, string expectedType)
    {
        Assert.SkipWhen(broker.Address is null, broker.Unavailable);
        await using ServiceFleet fleet = await ServiceFleet.CreateAsync(broker, "quorum", new Dictionary<string, string> { ["Bus__UseQuorumQueues"] = useQuorumQueues ? "true" : "false" });
        fleet.Start(ServiceKind.Enrichment, 1);
        fleet.Start(ServiceKind.Storage, 1);
        await fleet.WaitUntilReadyAsync(s_deadline);
        Assert.False(fleet.AnyExited, "A service exited." + Environment.NewLine + fleet.Diagnostics());

        Uri vhost = new(fleet.RabbitMq);
        Assert.Equal(expectedType, await QueueTypeAsync(vhost, "article-discovered"));
        Assert.Equal(expectedType, await QueueTypeAsync(vhost, "article-enriched"));
    }

    private static async Task<string?> QueueTypeAsync(Uri vhost, string queue)
    {
        string[] credentials = Uri.UnescapeDataString(vhost.UserInfo).Split(':', 2);
        using var http = new HttpClient { BaseAddress = new Uri($"http://{vhost.Host}:15672/"), Timeout = TimeSpan.FromSeconds(10) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Join(':', credentials))));
        string name = Uri.EscapeDataString(vhost.AbsolutePath.TrimStart('/'));
        HttpResponseMessage response;
        try
        {
            response = await http.GetAsync($"api/queues/{name}/{queue}", TestContext.Current.CancellationToken);
        }
        catch (HttpRequestException ex)
        {
            Assert.Skip($"Needs the RabbitMQ management API on {vhost.Host}:15672 to read queue types: {ex.Message}");
            throw;
        }

        using HttpResponseMessage answered = response;
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        response.EnsureSuccessStatusCode();

        using JsonDocument json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return json.RootElement.TryGetProperty("type", out JsonElement type) ? type.GetString() : null;
    }
}
