using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using Ingestion.Cli.Management;

namespace Ingestion.Cli.Tests.Infrastructure;

/// <summary>
/// The real broker for the integration tests: <c>RABBITMQ_URL</c>, else a RabbitMQ answering on 127.0.0.1:5672 (.ci/run
/// starts one with the management plugin). Each test gets its own virtual host, deleted afterwards.
/// </summary>
public sealed class RabbitMqManagementBroker : IAsyncLifetime
{
    private static readonly Uri s_local = new("amqp://guest:guest@127.0.0.1:5672/");

    // The integration tests' crash suite stops the local broker for 10 s; it takes this file exclusively, so these
    // tests, holding it shared while they run, never meet that outage (.NET maps FileShare to flock on Unix).
    private static readonly string s_outageLock = Path.Combine(Path.GetTempPath(), "ingestion-rabbitmq-outage.lock");
    private FileStream? _outageLock;

    public Uri? Address { get; private set; }

    public string Unavailable { get; private set; } = string.Empty;

    public async ValueTask InitializeAsync()
    {
        if (Environment.GetEnvironmentVariable("RABBITMQ_URL") is { Length: > 0 } url)
        {
            Address = new Uri(url);
        }
        else if (await AnswersAsync(s_local))
        {
            Address = s_local;
        }
        else
        {
            Unavailable = "No RabbitMQ: RABBITMQ_URL is unset and nothing answers on 127.0.0.1:5672 (.ci/run starts one with the management plugin).";
            return;
        }

        DateTime until = DateTime.UtcNow.AddMinutes(5);
        while (_outageLock is null)
        {
            try
            {
                _outageLock = new FileStream(s_outageLock, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite);
            }
            catch (IOException) when (DateTime.UtcNow < until)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(500));
            }
        }
    }

    /// <summary>A fresh virtual host with full rights for the broker's user; its amqp:// URI.</summary>
    public async Task<Uri> CreateVirtualHostAsync(string name)
    {
        using HttpClient http = Admin();
        string vhost = Uri.EscapeDataString(name);
        (await http.PutAsync($"api/vhosts/{vhost}", Json("{}"))).EnsureSuccessStatusCode();
        (await http.PutAsync($"api/permissions/{vhost}/{Uri.EscapeDataString(ManagementEndpoint.FromAmqp(Address!).UserName!)}", Json("""{"configure":".*","write":".*","read":".*"}""")))
            .EnsureSuccessStatusCode();
        return new UriBuilder(Address!) { Path = "/" + vhost }.Uri;
    }

    public async Task DeclareQueueAsync(Uri virtualHost, string queue)
    {
        using HttpClient http = Admin();
        (await http.PutAsync($"api/queues/{ManagementEndpoint.FromAmqp(virtualHost).EscapedVirtualHost}/{Uri.EscapeDataString(queue)}", Json("""{"durable":true}""")))
            .EnsureSuccessStatusCode();
    }

    public async Task DeleteVirtualHostAsync(string name)
    {
        using HttpClient http = Admin();
        using HttpResponseMessage response = await http.DeleteAsync($"api/vhosts/{Uri.EscapeDataString(name)}");
    }

    public async ValueTask DisposeAsync()
    {
        if (_outageLock is not null)
        {
            await _outageLock.DisposeAsync();
        }
    }

    private HttpClient Admin()
    {
        ManagementEndpoint endpoint = ManagementEndpoint.FromAmqp(Address ?? throw new InvalidOperationException(Unavailable));
        var http = new HttpClient { BaseAddress = endpoint.BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        http.DefaultRequestHeaders.Authorization = endpoint.Authorization();
        return http;
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));

    private static async Task<bool> AnswersAsync(Uri address)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(address.Host, address.Port).WaitAsync(TimeSpan.FromSeconds(2));
            return true;
        }
        catch (Exception ex) when (ex is SocketException or TimeoutException)
        {
            return false;
        }
    }
}
