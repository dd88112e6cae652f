using System.Net.Sockets;
using System.Text;
using MongoDB.Driver;
using Testcontainers.MongoDb;

namespace Ingestion.Storage.Tests.Persistence.Mongo;

/// <summary>
/// A MongoDB server for the contract tests: <c>MONGODB_URL</c> when set, else a Testcontainers MongoDB when a Docker
/// engine answers, else none, and the tests skip with <see cref="UnavailableReason"/>.
/// </summary>
public sealed class MongoServerFixture : IAsyncLifetime
{
    public const string NoServerReason = "MongoDB tests need MONGODB_URL or a Docker engine; neither is available here";

    private const string DockerSocket = "/var/run/docker.sock";
    private static readonly TimeSpan s_containerStartLimit = TimeSpan.FromMinutes(3);

    // Unique per run so that tests against a shared MONGODB_URL never meet another run's data.
    private readonly string _runPrefix = $"ingest_test_{Guid.NewGuid():N}"[..24];
    private MongoDbContainer? _container;
    private int _databases;

    public IMongoClient? Client { get; private set; }

    public string UnavailableReason { get; private set; } = NoServerReason;

    public IMongoClient ClientOrSkip()
    {
        if (Client is null)
        {
            Assert.Skip(UnavailableReason);
        }

        return Client;
    }

    public string NewDatabaseName() => $"{_runPrefix}_{Interlocked.Increment(ref _databases)}";

    public async ValueTask InitializeAsync()
    {
        string? url = Environment.GetEnvironmentVariable("MONGODB_URL");
        if (!string.IsNullOrWhiteSpace(url))
        {
            Client = new MongoClient(url);
            return;
        }

        if (!await DockerAnswersAsync())
        {
            return;
        }

        try
        {
            using CancellationTokenSource limit = new(s_containerStartLimit);
            _container = new MongoDbBuilder("mongo:8.0").Build();
            await _container.StartAsync(limit.Token);
            Client = new MongoClient(_container.GetConnectionString());
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            UnavailableReason = $"{NoServerReason} (Docker answered but the MongoDB container did not start: {ex.GetType().Name}: {ex.Message})";
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Client is not null)
        {
            foreach (string name in await (await Client.ListDatabaseNamesAsync()).ToListAsync())
            {
                if (name.StartsWith(_runPrefix, StringComparison.Ordinal))
                {
                    await Client.DropDatabaseAsync(name);
                }
            }

            Client.Dispose();
        }

        if (_container is not null)
        {
            await _container.DisposeAsync();
        }
    }

    /// <summary>Asks the engine's /_ping over its socket: a leftover socket file alone proves nothing.</summary>
    private static async Task<bool> DockerAnswersAsync()
    {
        if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("DOCKER_HOST")))
        {
            return true;
        }

        if (!File.Exists(DockerSocket))
        {
            return false;
        }

        try
        {
            using CancellationTokenSource limit = new(TimeSpan.FromSeconds(2));
            using Socket socket = new(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            await socket.ConnectAsync(new UnixDomainSocketEndPoint(DockerSocket), limit.Token);
            await socket.SendAsync(Encoding.ASCII.GetBytes("GET /_ping HTTP/1.0\r\nHost: docker\r\n\r\n"), limit.Token);
            byte[] buffer = new byte[512];
            int read = await socket.ReceiveAsync(buffer, limit.Token);
            return Encoding.ASCII.GetString(buffer, 0, read).Contains(" 200 ", StringComparison.Ordinal);
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException or IOException)
        {
            return false;
        }
    }
}
