using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Ingestion.LoadHarness.Broker;

/// <summary>The few RabbitMQ management API calls the harness needs: its own virtual host, and queue depths.</summary>
internal sealed class ManagementClient : IDisposable
{
    private readonly HttpClient _http;

    public ManagementClient(Uri management, Uri amqp)
    {
        _http = new HttpClient { BaseAddress = management, Timeout = TimeSpan.FromSeconds(10) };
        string[] credentials = Uri.UnescapeDataString(amqp.UserInfo).Split(':', 2);
        string user = credentials.Length == 2 ? credentials[0] : "guest";
        string password = credentials.Length == 2 ? credentials[1] : "guest";
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
        User = user;
    }

    public string User { get; }

    public async Task CreateVirtualHostAsync(string name, CancellationToken cancellationToken)
    {
        (await _http.PutAsync($"api/vhosts/{Uri.EscapeDataString(name)}", null, cancellationToken)).EnsureSuccessStatusCode();
        (await _http.PutAsJsonAsync(
            $"api/permissions/{Uri.EscapeDataString(name)}/{Uri.EscapeDataString(User)}",
            new { configure = ".*", write = ".*", read = ".*" },
            cancellationToken)).EnsureSuccessStatusCode();
    }

    /// <summary>Best effort: a broker that is away at the end of a run must not hide the run's own error.</summary>
    public async Task DeleteVirtualHostAsync(string name)
    {
        try
        {
            using HttpResponseMessage _ = await _http.DeleteAsync($"api/vhosts/{Uri.EscapeDataString(name)}");
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            Console.Error.WriteLine($"The virtual host {name} was not deleted: {ex.Message}");
        }
    }

    /// <summary>Every queue of the virtual host; the broker refreshes these figures every few seconds.</summary>
    public Task<IReadOnlyList<QueueDepth>> QueuesAsync(string virtualHost, CancellationToken cancellationToken) =>
        ReadQueuesAsync(virtualHost, "messages_ready,messages_unacknowledged,message_bytes,messages", cancellationToken, (name, queue) => new QueueDepth(
            name,
            Number(queue, "messages_ready"),
            Number(queue, "messages_unacknowledged"),
            Number(queue, "message_bytes"),
            Number(queue, "messages")));

    /// <summary>Every queue's delivered and acknowledged counts so far (the broker refreshes them every few seconds).</summary>
    public Task<IReadOnlyList<QueueDeliveries>> DeliveriesAsync(string virtualHost, CancellationToken cancellationToken) =>
        ReadQueuesAsync(virtualHost, "message_stats", cancellationToken, (name, queue) =>
        {
            JsonElement stats = queue.TryGetProperty("message_stats", out JsonElement found) && found.ValueKind == JsonValueKind.Object ? found : default;
            return stats.ValueKind == JsonValueKind.Object
                ? new QueueDeliveries(name, Number(stats, "deliver_get"), Number(stats, "ack"))
                : new QueueDeliveries(name, 0, 0);
        });

    public void Dispose() => _http.Dispose();

    private async Task<IReadOnlyList<T>> ReadQueuesAsync<T>(string virtualHost, string columns, CancellationToken cancellationToken, Func<string, JsonElement, T> read)
    {
        using JsonDocument json = JsonDocument.Parse(await _http.GetStringAsync(
            $"api/queues/{Uri.EscapeDataString(virtualHost)}?columns=name,{columns}",
            cancellationToken));
        return [.. json.RootElement.EnumerateArray().Select(queue => read(queue.GetProperty("name").GetString() ?? "", queue))];
    }

    private static long Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.Number ? value.GetInt64() : 0;
}
