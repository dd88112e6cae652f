using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;

namespace Ingestion.IntegrationTests.Crash;

/// <summary>The queues of one virtual host, read through the RabbitMQ management API (port 15672 of the broker's host).</summary>
internal sealed class BrokerQueues : IDisposable
{
    private readonly HttpClient _http;
    private readonly string _vhost;

    public BrokerQueues(Uri virtualHost)
    {
        string[] credentials = Uri.UnescapeDataString(virtualHost.UserInfo).Split(':', 2);
        _vhost = Uri.EscapeDataString(Uri.UnescapeDataString(virtualHost.AbsolutePath.TrimStart('/')));
        _http = new HttpClient { BaseAddress = new Uri($"http://{virtualHost.Host}:15672/"), Timeout = TimeSpan.FromSeconds(10) };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Join(':', credentials))));
    }

    /// <summary>Every queue with its messages (ready + unacknowledged); null while the API does not answer (a broker restarting).</summary>
    public async Task<IReadOnlyList<QueueDepth>?> TryListAsync()
    {
        try
        {
            return await _http.GetFromJsonAsync<List<QueueDepth>>($"api/queues/{_vhost}?columns=name,messages", TestContext.Current.CancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException)
        {
            return null;
        }
    }

    /// <summary>Deletes the virtual host (the crash suite's own), so runs leave nothing behind on a shared broker.</summary>
    public async Task DeleteVirtualHostAsync()
    {
        try
        {
            using HttpResponseMessage response = await _http.DeleteAsync($"api/vhosts/{_vhost}", CancellationToken.None);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            // Best effort: a leftover virtual host costs nothing but a name.
        }
    }

    public void Dispose() => _http.Dispose();
}
