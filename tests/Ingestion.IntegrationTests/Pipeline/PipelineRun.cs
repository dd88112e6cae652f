using Ingestion.FeedWatcher.Intake;
using Ingestion.FeedWatcher.Parsing;
using Ingestion.IntegrationTests.Infrastructure;
using Ingestion.Storage.Persistence;

namespace Ingestion.IntegrationTests.Pipeline;

/// <summary>
/// The three services as separate processes over one RabbitMQ virtual host, a temporary feed and a LiteDB store,
/// configured only through the documented names: ConnectionStrings__RabbitMq, ConnectionStrings__Articles, Feed__Path.
/// </summary>
internal sealed class PipelineRun : IAsyncDisposable
{
    private readonly List<ServiceProcess> _services = [];

    private PipelineRun(string root, IArticleStore store, Uri rabbitMq)
    {
        Root = root;
        Store = store;
        RabbitMq = rabbitMq;
    }

    /// <summary>The run's own virtual host.</summary>
    public Uri RabbitMq { get; }

    public string Root { get; }

    public string Feed => Path.Combine(Root, "feed");

    public IArticleStore Store { get; }

    public static async Task<PipelineRun> StartAsync(RabbitMqBroker broker, string name)
    {
        string root = Directory.CreateTempSubdirectory($"ingestion-{name}-").FullName;
        Uri rabbitMq = await broker.CreateVirtualHostAsync($"{name}-{Guid.NewGuid():N}");
        string articles = $"Filename={Path.Combine(root, "articles.db")};Connection=shared";
        var run = new PipelineRun(root, ArticleStoreFactory.Create(articles), rabbitMq);
        var environment = new Dictionary<string, string>
        {
            ["ConnectionStrings__RabbitMq"] = rabbitMq.ToString(),
            ["ConnectionStrings__Articles"] = articles,
            ["Feed__Path"] = run.Feed,
            ["Feed__QuietPeriod"] = "00:00:00.200",
        };
        Directory.CreateDirectory(run.Feed);
        run._services.Add(ServiceProcess.Start("storage", RepositoryPaths.ServiceDll("Storage", "Ingestion.Storage"), environment));
        run._services.Add(ServiceProcess.Start("enrichment", RepositoryPaths.ServiceDll("Enrichment", "Ingestion.Enrichment"), environment));
        run._services.Add(ServiceProcess.Start("feed-watcher", RepositoryPaths.ServiceDll("FeedWatcher", "Ingestion.FeedWatcher"), environment));
        return run;
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
        ServiceProcess process = _services.Single(s => s.Name == service);
        Uri? address = await Eventually.WaitAsync(() => Task.FromResult(process.ListeningAddress()), a => a is not null || process.HasExited, deadline, $"{service} to listen", Diagnostics);
        return address ?? throw new InvalidOperationException($"{service} exited.{Environment.NewLine}{Diagnostics()}");
    }

    public Task<long> WaitForStoredAsync(long expected, TimeSpan deadline) =>
        Eventually.WaitAsync(() => Store.CountAsync(TestContext.Current.CancellationToken), count => count >= expected || _services.Any(s => s.HasExited), deadline, $"{expected} stored articles", Diagnostics);

    public string Diagnostics() => string.Join(Environment.NewLine, _services.Select(s => s.Tail()));

    public void AssertServicesRunning() =>
        Assert.True(_services.TrueForAll(s => !s.HasExited), "A service exited." + Environment.NewLine + Diagnostics());

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
        foreach (ServiceProcess service in _services)
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
