using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using Testcontainers.RabbitMq;

namespace Ingestion.IntegrationTests.Infrastructure;

/// <summary>
/// A real RabbitMQ for the integration tests, taken from, in order: a URL in <c>RABBITMQ_URL</c>; a Testcontainers
/// container where a Docker engine exists; a local <c>rabbitmq-server</c> (started when installed but not running).
/// Each test gets its own virtual host, so queues and exchanges never leak between tests.
/// </summary>
public sealed class RabbitMqBroker : IAsyncLifetime
{
    private static readonly Uri s_local = new("amqp://guest:guest@127.0.0.1:5672/");
    private RabbitMqContainer? _container;

    /// <summary>The broker's root URI, or null when none could be had; <see cref="Unavailable"/> says why.</summary>
    public Uri? Address { get; private set; }

    public string Unavailable { get; private set; } = string.Empty;

    public async ValueTask InitializeAsync()
    {
        if (Environment.GetEnvironmentVariable("RABBITMQ_URL") is { Length: > 0 } url)
        {
            Address = new Uri(url);
            return;
        }

        if (DockerIsAvailable())
        {
            _container = new RabbitMqBuilder("rabbitmq:3.13-management").Build();
            await _container.StartAsync();
            Address = new Uri(_container.GetConnectionString());
            return;
        }

        if (await AnswersAsync(s_local) || await StartLocalServerAsync())
        {
            Address = s_local;
            return;
        }

        Unavailable = "No RabbitMQ: set RABBITMQ_URL, run Docker, or install rabbitmq-server (apt-get install -y rabbitmq-server); .ci/run does the last.";
    }

    /// <summary>A fresh virtual host with full rights for the broker's user; its amqp:// URI.</summary>
    public async Task<Uri> CreateVirtualHostAsync(string name)
    {
        Uri root = Address ?? throw new InvalidOperationException(Unavailable);
        string[] credentials = Uri.UnescapeDataString(root.UserInfo).Split(':', 2);
        if (!await CreateWithManagementApiAsync(root, credentials, name) && !await CreateWithRabbitmqctlAsync(credentials[0], name))
        {
            throw new InvalidOperationException($"Could not create virtual host '{name}': neither the management API on {root.Host}:15672 nor rabbitmqctl answered.");
        }

        return new UriBuilder(root) { Path = "/" + Uri.EscapeDataString(name) }.Uri;
    }

    public async ValueTask DisposeAsync()
    {
        if (_container is not null)
        {
            await _container.DisposeAsync();
        }
    }

    private static bool DockerIsAvailable() =>
        Environment.GetEnvironmentVariable("DOCKER_HOST") is { Length: > 0 } || (File.Exists("/var/run/docker.sock") && new FileInfo("/var/run/docker.sock").Exists && DockerAnswers());

    private static bool DockerAnswers()
    {
        try
        {
            using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            socket.Connect(new UnixDomainSocketEndPoint("/var/run/docker.sock"));
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static async Task<bool> AnswersAsync(Uri address)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(address.Host, address.Port < 0 ? 5672 : address.Port).WaitAsync(TimeSpan.FromSeconds(2));
            return true;
        }
        catch (Exception ex) when (ex is SocketException or TimeoutException)
        {
            return false;
        }
    }

    private static async Task<bool> StartLocalServerAsync()
    {
        if (!File.Exists("/usr/sbin/rabbitmq-server"))
        {
            return false;
        }

        Process.Start(new ProcessStartInfo("/usr/sbin/rabbitmq-server", "-detached") { UseShellExecute = false })?.WaitForExit();
        DateTime until = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < until)
        {
            if (await AnswersAsync(s_local))
            {
                return true;
            }

            await Task.Delay(500);
        }

        return false;
    }

    private static async Task<bool> CreateWithManagementApiAsync(Uri root, string[] credentials, string name)
    {
        using var http = new HttpClient { BaseAddress = new Uri($"http://{root.Host}:15672/"), Timeout = TimeSpan.FromSeconds(5) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Join(':', credentials))));
        try
        {
            string vhost = Uri.EscapeDataString(name);
            using HttpResponseMessage created = await http.PutAsync($"api/vhosts/{vhost}", new StringContent("{}", Encoding.UTF8, "application/json"));
            using HttpResponseMessage granted = await http.PutAsync(
                $"api/permissions/{vhost}/{Uri.EscapeDataString(credentials[0])}",
                new StringContent("""{"configure":".*","write":".*","read":".*"}""", Encoding.UTF8, "application/json"));
            return created.IsSuccessStatusCode && granted.IsSuccessStatusCode;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    private static async Task<bool> CreateWithRabbitmqctlAsync(string user, string name)
    {
        if (!File.Exists("/usr/sbin/rabbitmqctl"))
        {
            return false;
        }

        return await RunAsync("add_vhost", name) && await RunAsync("set_permissions", "-p", name, user, ".*", ".*", ".*");

        static async Task<bool> RunAsync(params string[] arguments)
        {
            var start = new ProcessStartInfo("/usr/sbin/rabbitmqctl") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (string argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            using Process process = Process.Start(start)!;
            await process.WaitForExitAsync();
            return process.ExitCode == 0;
        }
    }
}
