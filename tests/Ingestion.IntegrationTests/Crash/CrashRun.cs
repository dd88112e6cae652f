using System.Diagnostics;
using Ingestion.IntegrationTests.Infrastructure;
using Ingestion.IntegrationTests.Pipeline;
using Ingestion.ServiceDefaults.Messaging;
using Ingestion.Storage.Persistence;
using Ingestion.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Ingestion.IntegrationTests.Crash;

/// <summary>
/// One crash scenario: the three services as processes on a virtual host, feed and store of their own, a subscriber
/// counting <c>ArticleStored</c> events, and the articles dropped at once. The scenario injects its failure between
/// <see cref="DropAll"/> and <see cref="FinishAsync"/>.
/// </summary>
internal sealed class CrashRun : IAsyncDisposable
{
    // Generous for a loaded 2-core machine: a run takes well under a minute when the machine is idle.
    private static readonly TimeSpan s_progressDeadline = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan s_finishDeadline = TimeSpan.FromMinutes(4);

    // The management API refreshes queue depths every 5 s: an empty queue is believed only when seen after that.
    private static readonly TimeSpan s_statisticsLag = TimeSpan.FromSeconds(6);

    private readonly IHost _subscriber;
    private readonly BrokerQueues _queues;
    private readonly Stopwatch _clock = new();

    private CrashRun(PipelineRun pipeline, IHost subscriber, StoredAnnouncements announcements, IReadOnlyList<string> files)
    {
        Pipeline = pipeline;
        _subscriber = subscriber;
        _queues = new BrokerQueues(pipeline.RabbitMq);
        Announcements = announcements;
        Files = files;
        Expected = PipelineRun.ExpectedTexts(files);
    }

    public PipelineRun Pipeline { get; }

    public StoredAnnouncements Announcements { get; }

    public IReadOnlyList<string> Files { get; }

    /// <summary>Article id → text, for every article the files hold.</summary>
    public Dictionary<string, string> Expected { get; }

    public static async Task<CrashRun> StartAsync(RabbitMqBroker broker, string name, int articles, IReadOnlyDictionary<string, string>? settings = null)
    {
        PipelineRun pipeline = await PipelineRun.StartAsync(broker, name, settings);
        IReadOnlyList<string> files = CrashCorpus.Write(Path.Combine(pipeline.Root, "staging"), articles);
        var announcements = new StoredAnnouncements();
        HostApplicationBuilder builder = TestHosts.CreateBuilder(pipeline.RabbitMq);
        builder.Services.AddSingleton(announcements);
        builder.Services.AddIngestionBus(builder.Configuration, bus => bus.AddConsumer<StoredAnnouncementConsumer>());
        IHost subscriber = builder.Build();
        await subscriber.StartAsync(TestContext.Current.CancellationToken);
        return new CrashRun(pipeline, subscriber, announcements, files);
    }

    /// <summary>Moves every staged file into the feed at once (renames: each file appears complete) and starts the clock.</summary>
    public void DropAll()
    {
        _clock.Start();
        foreach (string file in Files)
        {
            File.Move(file, Path.Combine(Pipeline.Feed, Path.GetFileName(file)));
        }
    }

    /// <summary>Waits until the store holds at least this share of the articles: the moment to strike mid-stream.</summary>
    public async Task<long> WaitUntilStoredAsync(double share)
    {
        long target = (long)Math.Ceiling(Expected.Count * share);
        long stored = await Eventually.WaitAsync(
            () => Pipeline.Store.CountAsync(TestContext.Current.CancellationToken),
            count => count >= target || Pipeline.AnyExited,
            s_progressDeadline,
            $"{target} stored articles",
            Pipeline.Diagnostics);
        Pipeline.AssertServicesRunning();
        return stored;
    }

    /// <summary>Waits until the feed-watcher has moved at least this share of the files out of the feed.</summary>
    public async Task<int> WaitUntilTakenAsync(double share)
    {
        int target = (int)Math.Ceiling(Files.Count * share);
        int taken = await Eventually.WaitAsync(
            () => Task.FromResult(Taken()),
            count => count >= target || Pipeline.AnyExited,
            s_progressDeadline,
            $"{target} files taken from the feed",
            Pipeline.Diagnostics);
        Pipeline.AssertServicesRunning();
        return taken;
    }

    /// <summary>
    /// Waits until every article is stored and announced and the pipeline's queues are empty, then counts: stored,
    /// lost (expected ids missing from the store), duplicated (an article under more than one document, or announced
    /// as created more than once). Prints the figures and asserts the error queues are empty.
    /// </summary>
    /// <param name="scenario">The figures' label.</param>
    /// <param name="strike">When the failure was injected, for the test's output.</param>
    public async Task<CrashFigures> FinishAsync(string scenario, string strike)
    {
        await Eventually.WaitAsync(
            async () => (Stored: await Pipeline.Store.CountAsync(TestContext.Current.CancellationToken), Announced: Announcements.Distinct),
            now => (now.Stored >= Expected.Count && now.Announced >= Expected.Count) || Pipeline.AnyExited,
            s_finishDeadline,
            $"{Expected.Count} articles stored and announced",
            Pipeline.Diagnostics);
        double seconds = _clock.Elapsed.TotalSeconds;
        Pipeline.AssertServicesRunning();

        // A late duplicate would still be on its way: wait until nothing is queued anywhere in the virtual host.
        DateTime settledFrom = DateTime.UtcNow + s_statisticsLag;
        IReadOnlyList<QueueDepth> seen = [];
        IReadOnlyList<QueueDepth> queues = await Eventually.WaitAsync(
            async () => seen = await _queues.TryListAsync() ?? [],
            depths => DateTime.UtcNow >= settledFrom && depths.Count > 0 && depths.Where(q => !q.IsErrorQueue).All(q => q.Messages == 0),
            s_finishDeadline,
            "the pipeline's queues to drain",
            () => $"Queues: {string.Join(", ", seen.Select(q => $"{q.Name}={q.Messages}"))}{Environment.NewLine}{Pipeline.Diagnostics()}");

        var documents = new List<ArticleDocument>();
        await foreach (ArticleDocument document in Pipeline.Store.ExportAsync(TestContext.Current.CancellationToken))
        {
            documents.Add(document);
        }

        var storedIds = documents.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        int lost = Expected.Keys.Count(id => !storedIds.Contains(id));
        var duplicated = documents.GroupBy(d => d.Text, StringComparer.Ordinal).Where(g => g.Count() > 1).SelectMany(g => g.Select(d => d.Id))
            .Concat(Announcements.CreatedMoreThanOnce)
            .ToHashSet(StringComparer.Ordinal);
        var figures = new CrashFigures(scenario, Expected.Count, storedIds.Count(Expected.ContainsKey), duplicated.Count, lost, seconds, Pipeline.RestartsOnRequest());
        Report(figures, $"{strike}; {Announcements.Total} ArticleStored events for {Announcements.Distinct} articles; {documents.Count} documents");

        Assert.Equal(0, lost);
        Assert.Equal(0, figures.Duplicated);
        Assert.Equal(Expected.Count, documents.Count);
        Assert.All(documents, d => Assert.Equal(Expected[d.Id], d.Text));
        Assert.All(queues.Where(q => q.IsErrorQueue), q => Assert.True(q.Messages == 0, $"{q.Name} holds {q.Messages} message(s)."));
        Assert.Empty(Directory.GetFiles(Pipeline.Feed));
        Assert.Equal(Files.Count, Taken());
        return figures;
    }

    public async ValueTask DisposeAsync()
    {
        await _subscriber.StopAsync(CancellationToken.None);
        _subscriber.Dispose();
        await Pipeline.DisposeAsync();
        await _queues.DeleteVirtualHostAsync();
        _queues.Dispose();
    }

    /// <summary>To the test's output (the trx file) and to the console, so the figures show in the CI log too.</summary>
    private static void Report(CrashFigures figures, string detail)
    {
        TestContext.Current.TestOutputHelper?.WriteLine(figures.ToString());
        TestContext.Current.TestOutputHelper?.WriteLine(detail);
        TestContext.Current.SendDiagnosticMessage(figures.ToString());
        Console.WriteLine(figures.ToString());
    }

    private int Taken() =>
        CountArticles(Pipeline.Processed) + CountArticles(Pipeline.Duplicates);

    private static int CountArticles(string folder) =>
        Directory.Exists(folder) ? Directory.GetFiles(folder, "crash-*.txt").Length : 0;
}
