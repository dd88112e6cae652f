using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using Testcontainers.RabbitMq;

namespace Ingestion.Tests.Shared;

/// <summary>
/// A real RabbitMQ for the integration tests, taken from, in order: a URL in <c>RABBITMQ_URL</c>; a Testcontainers
/// container where a Docker engine exists; a local <c>rabbitmq-server</c> (started when installed but not running).
/// Each test gets its own virtual host, so queues and exchanges never leak between tests. One source file, compiled into
/// each test project that needs it (linked in its csproj).
/// </summary>
public sealed class RabbitMqBroker : IAsyncLifetime
{
    private static readonly Uri s_local = new("amqp://guest:guest@127.0.0.1:5672/");

    // The crash suite stops the local broker for 10 s. Test processes using the broker hold this file shared, the
    // outage takes it exclusively, so it waits for them and they wait for it (.NET maps FileShare to flock on Unix).
    private static readonly string s_outageLock = Path.Combine(Path.GetTempPath(), "ingestion-rabbitmq-outage.lock");
    private static readonly TimeSpan s_outageLockDeadline = TimeSpan.FromMinutes(5);
#if BROKER_OUTAGES
    // A project that runs outages holds nothing shared: two such runs at once would each wait for the other.
    private static readonly bool s_holdsOutageLockShared = false;
#else
    private static readonly bool s_holdsOutageLockShared = true;
#endif

    private RabbitMqContainer? _container;
    private FileStream? _sharedHold;

    /// <summary>The broker's root URI, or null when none could be had; <see cref="Unavailable"/> says why.</summary>
    public Uri? Address { get; private set; }

    public string Unavailable { get; private set; } = string.Empty;

    public async ValueTask InitializeAsync()
    {
        await FindAsync();
        if (Address is not null && s_holdsOutageLockShared)
        {
            _sharedHold = await OpenOutageLockAsync(FileShare.ReadWrite);
        }
    }

    /// <summary>
    /// Takes the broker for an outage: waits until no other test process uses it, and keeps them off until disposed.
    /// </summary>
    public async Task<IAsyncDisposable> TakeForOutageAsync() => await OpenOutageLockAsync(FileShare.None);

    /// <summary>A fresh virtual host with full rights for the broker's user; its amqp:// URI.</summary>
    public async Task<Uri> CreateVirtualHostAsync(string name)
    {
        Uri root = Address ?? throw new InvalidOperationException(Unavailable);
        string[] credentials = Credentials(root);
        if (!await CreateWithManagementApiAsync(root, name) && !await CreateWithRabbitmqctlAsync(credentials[0], name))
        {
            throw new InvalidOperationException($"Could not create virtual host '{name}': neither the management API on {root.Host}:15672 nor rabbitmqctl answered.");
        }

        return new UriBuilder(root) { Path = "/" + Uri.EscapeDataString(name) }.Uri;
    }

    /// <summary>Declares a durable classic queue in the virtual host of <paramref name="virtualHost"/> (an amqp:// URI).</summary>
    public async Task DeclareQueueAsync(Uri virtualHost, string queue)
    {
        ArgumentNullException.ThrowIfNull(virtualHost);
        using HttpClient http = Admin(virtualHost);
        string vhost = Uri.EscapeDataString(virtualHost.AbsolutePath.Length > 1 ? Uri.UnescapeDataString(virtualHost.AbsolutePath[1..]) : "/");
        using HttpResponseMessage declared = await http.PutAsync($"api/queues/{vhost}/{Uri.EscapeDataString(queue)}", Json("""{"durable":true}"""));
        declared.EnsureSuccessStatusCode();
    }

    /// <summary>Deletes a virtual host made by <see cref="CreateVirtualHostAsync"/>; best effort, a leftover costs only a name.</summary>
    public async Task DeleteVirtualHostAsync(string name)
    {
        using HttpClient http = Admin(Address ?? throw new InvalidOperationException(Unavailable));
        try
        {
            using HttpResponseMessage response = await http.DeleteAsync($"api/vhosts/{Uri.EscapeDataString(name)}");
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            // A leftover virtual host is harmless.
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_sharedHold is not null)
        {
            await _sharedHold.DisposeAsync();
        }

        if (_container is not null)
        {
            await _container.DisposeAsync();
        }
    }

    private async Task FindAsync()
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

    private static async Task<FileStream> OpenOutageLockAsync(FileShare share)
    {
        DateTime until = DateTime.UtcNow + s_outageLockDeadline;
        while (true)
        {
            try
            {
                return new FileStream(s_outageLock, FileMode.OpenOrCreate, FileAccess.ReadWrite, share);
            }
            catch (IOException) when (DateTime.UtcNow < until)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(500));
            }
        }
    }

    private static string[] Credentials(Uri address) => Uri.UnescapeDataString(address.UserInfo).Split(':', 2);

    private static HttpClient Admin(Uri address)
    {
        var http = new HttpClient { BaseAddress = new Uri($"http://{address.Host}:15672/"), Timeout = TimeSpan.FromSeconds(10) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Join(':', Credentials(address)))));
        return http;
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

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

    private static async Task<bool> CreateWithManagementApiAsync(Uri root, string name)
    {
        using HttpClient http = Admin(root);
        try
        {
            string vhost = Uri.EscapeDataString(name);
            using HttpResponseMessage created = await http.PutAsync($"api/vhosts/{vhost}", Json("{}"));
            using HttpResponseMessage granted = await http.PutAsync(
                $"api/permissions/{vhost}/{Uri.EscapeDataString(Credentials(root)[0])}",
                Json("""{"configure":".*","write":".*","read":".*"}"""));
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
