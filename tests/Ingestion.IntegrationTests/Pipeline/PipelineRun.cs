using Ingestion.FeedWatcher.Intake;
using Ingestion.FeedWatcher.Parsing;
using Ingestion.IntegrationTests.Infrastructure;
using Ingestion.ServiceDefaults.Hosting;
using Ingestion.Storage.Persistence;
using Ingestion.Tests.Shared;

namespace Ingestion.IntegrationTests.Pipeline;

/// <summary>
/// The three services as separate processes over one RabbitMQ virtual host, a temporary feed and a LiteDB store,
/// configured only through the documented names: ConnectionStrings__RabbitMq, ConnectionStrings__Articles, Feed__Path.
/// </summary>
internal sealed class PipelineRun : IAsyncDisposable
{
    public const string Storage = "storage";

    public const string Enrichment = "enrichment";

    public const string FeedWatcher = "feed-watcher";

    private static readonly Dictionary<string, (string Project, string Assembly)> s_services = new(StringComparer.Ordinal)
    {
        [Storage] = ("Storage", "Ingestion.Storage"),
        [Enrichment] = ("Enrichment", "Ingestion.Enrichment"),
        [FeedWatcher] = ("FeedWatcher", "Ingestion.FeedWatcher"),
    };

    private readonly List<ServiceProcess> _services = [];
    private volatile bool _disposed;
    private readonly Dictionary<string, string> _environment;

    private PipelineRun(string root, Uri rabbitMq, IArticleStore store, Dictionary<string, string> environment)
    {
        Root = root;
        RabbitMq = rabbitMq;
        Store = store;
        _environment = environment;
    }

    /// <summary>The run's own virtual host.</summary>
    public Uri RabbitMq { get; }

    public string Root { get; }

    public string Feed => Path.Combine(Root, "feed");

    public string Processed => Path.Combine(Feed, "processed");

    public string Duplicates => Path.Combine(Feed, "duplicates");

    public IArticleStore Store { get; }

    /// <param name="settings">More environment for the three services, e.g. <c>Feed__Concurrency</c>.</param>
    public static async Task<PipelineRun> StartAsync(RabbitMqBroker broker, string name, IReadOnlyDictionary<string, string>? settings = null)
    {
        string root = Directory.CreateTempSubdirectory($"ingestion-{name}-").FullName;
        Uri rabbitMq = await broker.CreateVirtualHostAsync($"{name}-{Guid.NewGuid():N}");
        string articles = $"Filename={Path.Combine(root, "articles.db")};Connection=shared";
        string feed = Path.Combine(root, "feed");
        var environment = new Dictionary<string, string>
        {
            ["ConnectionStrings__RabbitMq"] = rabbitMq.ToString(),
            ["ConnectionStrings__Articles"] = articles,
            ["Feed__Path"] = feed,
            ["Feed__QuietPeriod"] = "00:00:00.200",
        };
        foreach ((string key, string value) in settings ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }

        var run = new PipelineRun(root, rabbitMq, ArticleStoreFactory.Create(articles), environment);
        Directory.CreateDirectory(run.Feed);
        foreach (string service in s_services.Keys)
        {
            run.Start(service);
        }

        return run;
    }

    /// <summary>Kills a service with SIGKILL, as <c>kill -9</c> would: no graceful stop, nothing finished.</summary>
    public async Task KillAsync(string name)
    {
        ServiceProcess service = Processes().Single(s => s.Name == name && !s.HasExited);
        await service.KillAsync();
    }

    /// <summary>Starts a service again, with the same configuration (its killed predecessor's output stays for diagnostics).</summary>
    public void Start(string name)
    {
        (string project, string assembly) = s_services[name];
        ServiceProcess started = ServiceProcess.Start(name, RepositoryPaths.ServiceDll(project, assembly), _environment, Supervise);
        lock (_services)
        {
            _services.Add(started);
        }
    }

    /// <summary>
    /// Plays the supervisor the deployment files configure (Docker's restart policy, Kubernetes): a service that exits
    /// with <see cref="ServiceHost.RestartExitCode"/> is started again with the same configuration.
    /// </summary>
    private void Supervise(ServiceProcess exited)
    {
        if (!_disposed && exited.ExitedToRestart)
        {
            Start(exited.Name);
        }
    }

    private ServiceProcess[] Processes()
    {
        lock (_services)
        {
            return [.. _services];
        }
    }

    /// <summary>Drops files the way a copy tool finishing at once would: written aside, then renamed into the feed.</summary>
    public void DropAll(IEnumerable<string> files)
    {
        string staging = Directory.CreateDirectory(Path.Combine(Root, "staging")).FullName;
        var staged = files.Select(file =>
        {
            string target = Path.Combine(staging, Path.GetFileName(file));
            File.Copy(file, target);
            return target;
        }).ToList();
        foreach (string file in staged)
        {
            File.Move(file, Path.Combine(Feed, Path.GetFileName(file)));
        }
    }

    /// <summary>The HTTP address of a service (storage, enrichment, feed-watcher), waiting for its host to start.</summary>
    public async Task<Uri> AddressOfAsync(string service, TimeSpan deadline)
    {
        ServiceProcess process = Processes().Last(s => s.Name == service);
        Uri? address = await Eventually.WaitAsync(() => Task.FromResult(process.ListeningAddress()), a => a is not null || process.HasExited, deadline, $"{service} to listen", Diagnostics);
        return address ?? throw new InvalidOperationException($"{service} exited.{Environment.NewLine}{Diagnostics()}");
    }

    public Task<long> WaitForStoredAsync(long expected, TimeSpan deadline) =>
        Eventually.WaitAsync(() => Store.CountAsync(TestContext.Current.CancellationToken), count => count >= expected || AnyExited, deadline, $"{expected} stored articles", Diagnostics);

    /// <summary>
    /// How many times each service exited asking to be restarted (its stall watchdog found the broker connection
    /// wedged), e.g. <c>storage 0 / enrichment 1 / feed-watcher 0</c>.
    /// </summary>
    public string RestartsOnRequest() =>
        string.Join(" / ", s_services.Keys.Select(name => $"{name} {Processes().Count(s => s.Name == name && s.ExitedToRestart)}"));

    public string Diagnostics() =>
        $"restarts on request: {RestartsOnRequest()}{Environment.NewLine}{string.Join(Environment.NewLine, Processes().Select(s => s.Tail()))}";

    /// <summary>
    /// True when a service the test did not kill has died (a killed one is replaced by a restarted one, and so is one
    /// that exited asking for a restart).
    /// </summary>
    public bool AnyExited => s_services.Keys.Any(name => Processes().Where(s => s.Name == name).All(s => s.HasExited && !s.ExitedToRestart));

    public void AssertServicesRunning() =>
        Assert.False(AnyExited, "A service exited." + Environment.NewLine + Diagnostics());

    /// <summary>What the pipeline must store for these files: article id → the text the engine must have seen.</summary>
    public static Dictionary<string, string> ExpectedTexts(IEnumerable<string> files)
    {
        var reader = new FeedFileReader(ArticleReaders.Default);
        var expected = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (ParsedArticle article in files.SelectMany(file => reader.Read(file, long.MaxValue).Articles))
        {
            expected[ArticleIdentity.Of(article.Title, article.Body).ArticleId] = article.Title + "\n" + article.Body;
        }

        return expected;
    }

    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        foreach (ServiceProcess service in Processes())
        {
            await service.DisposeAsync();
        }

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
}
