using System.Net;
using Ingestion.FeedWatcher.Ledger;
using Ingestion.IntegrationTests.Infrastructure;
using Ingestion.Storage.Persistence;
using Ingestion.Tests.Shared;

namespace Ingestion.IntegrationTests.ScaleOut;

/// <summary>
/// Several instances of each service as separate processes over one RabbitMQ virtual host, one feed folder and one
/// LiteDB store opened in shared mode, configured only by the documented environment names. Each instance listens on
/// its own port, so its <c>/health/ready</c> and <c>/metrics</c> can be read on their own.
/// </summary>
internal sealed class ServiceFleet : IAsyncDisposable
{
    private readonly List<FleetMember> _members = [];
    private readonly Dictionary<string, string> _environment;
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };

    private ServiceFleet(string root, Dictionary<string, string> environment, IArticleStore store)
    {
        Root = root;
        RabbitMq = environment["ConnectionStrings__RabbitMq"];
        _environment = environment;
        Store = store;
    }

    public string Root { get; }

    /// <summary>The fleet's virtual host, as an amqp:// URI.</summary>
    public string RabbitMq { get; }

    public string Feed => Path.Combine(Root, "feed");

    public string Staging => Path.Combine(Root, "staging");

    public IArticleStore Store { get; }

    public IReadOnlyList<FleetMember> Members => _members;

    public static async Task<ServiceFleet> CreateAsync(RabbitMqBroker broker, string name, IReadOnlyDictionary<string, string>? settings = null)
    {
        ArgumentNullException.ThrowIfNull(broker);
        string root = Directory.CreateTempSubdirectory($"ingestion-{name}-").FullName;
        Uri rabbitMq = await broker.CreateVirtualHostAsync($"{name}-{Guid.NewGuid():N}");
        string articles = $"Filename={Path.Combine(root, "articles.db")};Connection=shared";
        var environment = new Dictionary<string, string>
        {
            ["ConnectionStrings__RabbitMq"] = rabbitMq.ToString(),
            ["ConnectionStrings__Articles"] = articles,
            ["Feed__Path"] = Path.Combine(root, "feed"),
            ["Feed__QuietPeriod"] = "00:00:00.200",
        };
        foreach ((string key, string value) in settings ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }

        var fleet = new ServiceFleet(root, environment, ArticleStoreFactory.Create(articles));
        Directory.CreateDirectory(fleet.Feed);
        Directory.CreateDirectory(fleet.Staging);
        return fleet;
    }

    /// <summary>Starts <paramref name="count"/> instances of a service; a watcher gets its own instance id and ledger.</summary>
    public void Start(ServiceKind kind, int count)
    {
        ArgumentNullException.ThrowIfNull(kind);
        for (int i = 1; i <= count; i++)
        {
            string name = $"{kind.Name}-{i}";
            int port = FreePort.Next();
            // Urls, not ASPNETCORE_URLS: the appsettings.json "Urls" outranks the prefixed variable, plain ones outrank it.
            var environment = new Dictionary<string, string>(_environment) { ["Urls"] = $"http://127.0.0.1:{port}" };
            if (kind == ServiceKind.FeedWatcher)
            {
                environment["Feed__InstanceId"] = name;
                environment["Feed__StatePath"] = LedgerFolder(name);
            }

            ServiceProcess process = ServiceProcess.Start(name, RepositoryPaths.ServiceDll(kind.Project, kind.Assembly), environment);
            _members.Add(new FleetMember(name, kind, process, new Uri($"http://127.0.0.1:{port}/")));
        }
    }

    /// <summary>Waits until every instance answers 200 on <c>/health/ready</c>: its bus is connected, its store answers.</summary>
    public Task WaitUntilReadyAsync(TimeSpan deadline) =>
        Eventually.WaitAsync(CountReadyAsync, ready => ready == _members.Count || AnyExited, deadline, $"{_members.Count} ready services", Diagnostics);

    /// <summary>Drops files the way a copy tool finishing at once would: written aside, then renamed into the feed.</summary>
    public void DropAll(IEnumerable<string> staged)
    {
        foreach (string file in staged)
        {
            File.Move(file, Path.Combine(Feed, Path.GetFileName(file)));
        }
    }

    public Task<long> WaitForStoredAsync(long expected, TimeSpan deadline) =>
        Eventually.WaitAsync(() => Store.CountAsync(TestContext.Current.CancellationToken), count => count >= expected || AnyExited, deadline, $"{expected} stored articles", Diagnostics);

    /// <summary>The work each instance of a kind reports on its <c>/metrics</c>, by instance name.</summary>
    public async Task<IReadOnlyDictionary<string, double>> WorkAsync(ServiceKind kind)
    {
        var work = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (FleetMember member in _members.Where(m => m.Kind == kind))
        {
            string metrics = await _http.GetStringAsync(new Uri(member.Address, "metrics"), TestContext.Current.CancellationToken);
            work[member.Name] = PrometheusText.Sum(metrics, kind.WorkMetric, kind.WorkLabel) ?? 0;
        }

        return work;
    }

    /// <summary>The counters (<c>_total</c> samples) an instance exposes, for a failing test's message.</summary>
    public string Counters(FleetMember member)
    {
        ArgumentNullException.ThrowIfNull(member);
        try
        {
            string metrics = _http.GetStringAsync(new Uri(member.Address, "metrics")).GetAwaiter().GetResult();
            return $"--- {member.Name} /metrics ---{Environment.NewLine}{string.Join(Environment.NewLine, metrics.Split('\n').Where(line => line.Contains("_total", StringComparison.Ordinal) && !line.StartsWith('#')))}";
        }
        catch (HttpRequestException ex)
        {
            return $"--- {member.Name} /metrics: {ex.Message}";
        }
    }

    /// <summary>Each watcher's own state folder, so that its ledger is its own.</summary>
    private string LedgerFolder(string watcher) => Path.Combine(Feed, ".ingest", watcher);

    /// <summary>Articles the watchers' ledgers still hold as published but not stored, read beside the running watchers.</summary>
    public int PendingInLedgers() =>
        _members.Where(m => m.Kind == ServiceKind.FeedWatcher).Sum(member =>
        {
            using var ledger = new IntakeLedger(LedgerFolder(member.Name), readOnly: true);
            return ledger.CountByState()[ArticleState.Published];
        });

    /// <summary>
    /// For a failing ledger wait: each watcher's oldest pending entries and what the store says of them (document held,
    /// announcement mark), then every service's warnings, so that a stuck article shows which side lost track of it.
    /// </summary>
    public string LedgerDiagnostics()
    {
        var report = new List<string>();
        foreach (FleetMember member in _members.Where(m => m.Kind == ServiceKind.FeedWatcher))
        {
            using var ledger = new IntakeLedger(LedgerFolder(member.Name), readOnly: true);
            IReadOnlyList<LedgerEntry> pending = ledger.InState(ArticleState.Published);
            report.Add($"--- {member.Name}: {pending.Count} pending");
            string[] ids = [.. pending.Take(10).Select(entry => entry.Id)];
            IReadOnlyDictionary<string, string> marks = Store.FindAnnouncedAsync(ids, CancellationToken.None).GetAwaiter().GetResult();
            foreach (LedgerEntry entry in pending.Take(10))
            {
                bool held = Store.FindAsync(entry.Id, CancellationToken.None).GetAwaiter().GetResult() is not null;
                report.Add($"{entry.Id} {entry.FileName} pending since {entry.PendingSinceUtc:O}, attempts {entry.Attempts}: document {(held ? "held" : "missing")}, mark {(marks.ContainsKey(entry.Id) ? "present" : "missing")}");
            }
        }

        report.AddRange(_members.Select(m => m.Process.Warnings()));
        return string.Join(Environment.NewLine, report);
    }

    public bool AnyExited => _members.Exists(m => m.Process.HasExited);

    public string Diagnostics() => string.Join(Environment.NewLine, _members.Select(m => m.Process.Tail()));

    public async ValueTask DisposeAsync()
    {
        foreach (FleetMember member in _members)
        {
            await member.Process.DisposeAsync();
        }

        await DeleteVirtualHostAsync();
        _http.Dispose();
        await Store.DisposeAsync();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a dying process; the temp folder is cleaned by the OS later.
        }
    }

    // The fleet's virtual host holds queues of a thousand messages' worth of history: removed, best effort.
    private async Task DeleteVirtualHostAsync()
    {
        var address = new Uri(RabbitMq);
        string credentials = Uri.UnescapeDataString(address.UserInfo);
        using var request = new HttpRequestMessage(HttpMethod.Delete, $"http://{address.Host}:15672/api/vhosts/{Uri.EscapeDataString(address.AbsolutePath.TrimStart('/'))}");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(credentials)));
        try
        {
            using HttpResponseMessage response = await _http.SendAsync(request);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            // No management API: the virtual host stays, as every other test's does.
        }
    }

    private async Task<int> CountReadyAsync()
    {
        int ready = 0;
        foreach (FleetMember member in _members)
        {
            try
            {
                using HttpResponseMessage response = await _http.GetAsync(new Uri(member.Address, "health/ready"), TestContext.Current.CancellationToken);
                ready += response.StatusCode == HttpStatusCode.OK ? 1 : 0;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
        }

        return ready;
    }
}
