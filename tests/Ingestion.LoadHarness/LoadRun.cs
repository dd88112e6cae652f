using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Ingestion.LoadHarness.Broker;
using Ingestion.LoadHarness.Feed;
using Ingestion.LoadHarness.Reporting;
using Ingestion.LoadHarness.Services;
using RabbitMQ.Client.Exceptions;
using Spectre.Console;

namespace Ingestion.LoadHarness;

/// <summary>
/// One run: its own virtual host, the three services as processes, a subscriber on a queue of its own, the feed driven
/// closed loop (a window of articles in flight) or open loop (a fixed arrival rate), one sample a second, then the raw
/// broker ceiling in the same virtual host.
/// </summary>
internal sealed class LoadRun(HarnessOptions options, string repositoryRoot)
{
    private static readonly string[] s_services = ["Storage", "Enrichment", "FeedWatcher"];

    /// <summary>
    /// The first seconds of a run, left out of the "after start" latencies: the services' code is still being compiled
    /// and tiered up there, which the whole-run figures include and a service that has run a while no longer pays.
    /// </summary>
    private static readonly TimeSpan StartTransient = TimeSpan.FromSeconds(10);

    private readonly List<TimelineSample> _timeline = [];
    private readonly Dictionary<string, (long Bytes, long Messages)> _sizes = new(StringComparer.Ordinal);

    public async Task<(LoadReport Report, IReadOnlyList<(double Second, double P95Ms)> Latency)> ExecuteAsync(CancellationToken cancellationToken)
    {
        string loadBefore = MachineFigures.LoadAverage();
        string virtualHost = $"load-harness-{DateTime.UtcNow:yyyyMMddHHmmss}";
        string root = Directory.CreateTempSubdirectory("ingestion-load-").FullName;
        Directory.CreateDirectory(options.Output);
        using ManagementClient management = new(options.Management, options.Rabbit);
        await management.CreateVirtualHostAsync(virtualHost, cancellationToken);
        Uri rabbit = new UriBuilder(options.Rabbit) { Path = "/" + Uri.EscapeDataString(virtualHost) }.Uri;
        try
        {
            ArticleFeed feed = new(options.Corpus, root);
            await using StoredSubscriber subscriber = await StoredSubscriber.StartAsync(rabbit, feed.DroppedAt);
            await using StageSubscriber? stages = options.Stages ? await StageSubscriber.StartAsync(rabbit) : null;
            List<ServiceProcess> services = [];
            try
            {
                Dictionary<string, int> ports = StartServices(services, rabbit, feed, root);
                await WaitReadyAsync(ports, services, cancellationToken);
                Dictionary<string, double> startupCpu = services.Where(s => s.Sample()).ToDictionary(s => s.Name, s => s.CpuSeconds);
                Dictionary<string, double?> jitMethodsAtReady = await SumByServiceAsync(ports, ServiceMetric.JitMethods, cancellationToken);
                Dictionary<string, double?> gcPauseAtReady = await SumByServiceAsync(ports, ServiceMetric.GcPauseSeconds, cancellationToken);
                Dictionary<string, double?> gcAtReady = await SumByServiceAsync(ports, ServiceMetric.GcCollections, cancellationToken);

                double engineAtStart = await ServiceMetric.SumAsync(ports["Enrichment"], ServiceMetric.EngineCpuSeconds, cancellationToken) ?? 0;
                Stopwatch clock = Stopwatch.StartNew();
                await DriveAsync(feed, subscriber, services, management, virtualHost, clock, cancellationToken);
                double seconds = clock.Elapsed.TotalSeconds;
                foreach (ServiceProcess service in services)
                {
                    service.Sample();
                }

                double? engineSeconds = await ServiceMetric.SumAsync(ports["Enrichment"], ServiceMetric.EngineCpuSeconds, cancellationToken) - engineAtStart;
                Dictionary<string, double?> jitMethods = await SumByServiceAsync(ports, ServiceMetric.JitMethods, cancellationToken);
                Dictionary<string, double?> jitSeconds = await SumByServiceAsync(ports, ServiceMetric.JitSeconds, cancellationToken);
                Dictionary<string, double?> gcPause = await SumByServiceAsync(ports, ServiceMetric.GcPauseSeconds, cancellationToken);
                Dictionary<string, double?> gcs = await SumByServiceAsync(ports, ServiceMetric.GcCollections, cancellationToken);
                List<ServiceFigures> figures = [.. services.Select(s => Figures(s, startupCpu.GetValueOrDefault(s.Name), s.Name == "Enrichment" ? engineSeconds : 0, subscriber.Count)
                    with
                    {
                        JitMethodsAtReady = jitMethodsAtReady[s.Name] ?? double.NaN,
                        JitMethods = jitMethods[s.Name] ?? double.NaN,
                        JitSeconds = jitSeconds[s.Name] ?? double.NaN,
                        GcCollections = (gcs[s.Name] - gcAtReady[s.Name]) ?? double.NaN,
                        GcPauseMs = Math.Round(((gcPause[s.Name] - gcPauseAtReady[s.Name]) * 1000) ?? double.NaN, 1),
                    })];
                IReadOnlyList<QueueDeliveries> deliveries = await SettledDeliveriesAsync(management, virtualHost, cancellationToken);
                foreach (ServiceProcess service in services)
                {
                    await service.DisposeAsync();
                }

                services.Clear();
                CeilingResult? ceiling = await MeasureCeilingAsync(rabbit, feed, cancellationToken);
                LoadReport report = Build(feed, subscriber, figures, deliveries, ceiling, seconds, loadBefore) with
                {
                    Stages = StageBreakdown.Of(subscriber.Stored, id => stages?.Of(id)),
                };
                if (stages is not null)
                {
                    await StageTrace.WriteAsync(Path.Combine(options.Output, $"stages-{virtualHost}.csv"), subscriber.Stored, stages.Of, cancellationToken);
                }

                return (report, LatencyBySecond(subscriber.Stored));
            }
            finally
            {
                foreach (ServiceProcess service in services)
                {
                    await service.DisposeAsync();
                }
            }
        }
        finally
        {
            await management.DeleteVirtualHostAsync(virtualHost);
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
                // A file still held by a dying process; the temporary folder goes with the next clean-up.
            }
        }
    }

    private static async Task<Dictionary<string, double?>> SumByServiceAsync(Dictionary<string, int> ports, string metric, CancellationToken cancellationToken)
    {
        Dictionary<string, double?> sums = new(StringComparer.Ordinal);
        foreach ((string name, int port) in ports)
        {
            sums[name] = await ServiceMetric.SumAsync(port, metric, cancellationToken);
        }

        return sums;
    }

    private static ServiceFigures Figures(ServiceProcess service, double startupCpu, double? engineSeconds, int stored)
    {
        double perArticle = 1000.0 / Math.Max(1, stored);
        double load = service.CpuSeconds - startupCpu;
        double engine = engineSeconds ?? double.NaN;
        return new ServiceFigures(
            service.Name,
            Math.Round(load, 2),
            Math.Round(service.CpuSeconds, 2),
            Math.Round(load * perArticle, 3),
            Math.Round(engine * perArticle, 3),
            Math.Round((load - engine) * perArticle, 3),
            Math.Round(service.PeakRssBytes / 1024.0 / 1024.0, 1));
    }

    /// <summary>
    /// The pipeline's queues' delivery counts once the broker's statistics, refreshed every 5 s, have caught up with the
    /// end of the run: read until two readings 6 s apart agree (at most four readings).
    /// </summary>
    private static async Task<IReadOnlyList<QueueDeliveries>> SettledDeliveriesAsync(ManagementClient management, string virtualHost, CancellationToken cancellationToken)
    {
        IReadOnlyList<QueueDeliveries> last = [];
        for (int reading = 0; reading < 4; reading++)
        {
            try
            {
                IReadOnlyList<QueueDeliveries> now = [.. (await management.DeliveriesAsync(virtualHost, cancellationToken))
                    .Where(q => !q.Name.StartsWith("load-harness", StringComparison.Ordinal))
                    .OrderBy(q => q.Name, StringComparer.Ordinal)];
                if (reading > 0 && now.SequenceEqual(last))
                {
                    return now;
                }

                last = now;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                // The management API lags under load: try again with the next reading.
            }

            await Task.Delay(TimeSpan.FromSeconds(6), cancellationToken);
        }

        return last;
    }

    private Dictionary<string, int> StartServices(List<ServiceProcess> services, Uri rabbit, ArticleFeed feed, string root)
    {
        Dictionary<string, int> ports = [];
        foreach (string service in s_services)
        {
            int port = FreePort();
            ports[service] = port;
            Dictionary<string, string> environment = new(StringComparer.Ordinal)
            {
                ["DOTNET_ENVIRONMENT"] = "Development",
                ["ASPNETCORE_ENVIRONMENT"] = "Development",
                ["Urls"] = $"http://127.0.0.1:{port}",
                ["Logging__LogLevel__Default"] = "Warning",
                ["ConnectionStrings__RabbitMq"] = rabbit.ToString(),
                ["ConnectionStrings__Articles"] = options.Mongo ?? $"Filename={Path.Combine(root, "articles.db")};Connection=shared",
                ["Feed__Path"] = feed.FeedPath,
            };
            foreach ((string key, string value) in options.Settings)
            {
                environment[key] = value;
            }

            string dll = options.Published is { } published
                ? Path.Combine(published, service, $"Ingestion.{service}.dll")
                : Path.Combine(options.ServicesRoot ?? repositoryRoot, "services", service, "bin", options.Configuration, "net10.0", $"Ingestion.{service}.dll");
            services.Add(ServiceProcess.Start(service, dll, environment, Path.Combine(options.Output, $"{service.ToLowerInvariant()}.log")));
        }

        return ports;
    }

    private static async Task WaitReadyAsync(Dictionary<string, int> ports, List<ServiceProcess> services, CancellationToken cancellationToken)
    {
        using HttpClient http = new() { Timeout = TimeSpan.FromSeconds(2) };
        DateTime deadline = DateTime.UtcNow.AddMinutes(2);
        foreach ((string name, int port) in ports)
        {
            while (true)
            {
                if (services.Any(s => s.HasExited))
                {
                    throw new InvalidOperationException($"A service exited during start-up; see the logs in the output folder ({string.Join(", ", services.Where(s => s.HasExited).Select(s => s.Name))}).");
                }

                try
                {
                    using HttpResponseMessage response = await http.GetAsync(new Uri($"http://127.0.0.1:{port}/health/ready"), cancellationToken);
                    if (response.IsSuccessStatusCode)
                    {
                        break;
                    }
                }
                catch (HttpRequestException)
                {
                }
                catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                }

                if (DateTime.UtcNow > deadline)
                {
                    throw new TimeoutException($"{name} was not ready within two minutes.");
                }

                await Task.Delay(200, cancellationToken);
            }
        }
    }

    private async Task DriveAsync(ArticleFeed feed, StoredSubscriber subscriber, List<ServiceProcess> services, ManagementClient management, string virtualHost, Stopwatch clock, CancellationToken cancellationToken)
    {
        using CancellationTokenSource stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Task dropping = Task.Run(() => DropAsync(feed, subscriber, clock, stop.Token), stop.Token);
        DateTime deadline = DateTime.UtcNow + options.Deadline;
        bool interactive = AnsiConsole.Profile.Capabilities.Interactive;
        await AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                ProgressTask dropped = context.AddTask("dropped", maxValue: options.Articles);
                ProgressTask stored = context.AddTask("stored", maxValue: options.Articles);
                int lastStored = 0;

                // One sample a second on a fixed cadence: the time a sample takes does not stretch the timeline.
                using var ticks = new PeriodicTimer(TimeSpan.FromSeconds(1));
                while (subscriber.Count < options.Articles && DateTime.UtcNow < deadline && !services.Any(s => s.HasExited))
                {
                    await ticks.WaitForNextTickAsync(cancellationToken);
                    TimelineSample sample = await SampleAsync(feed, subscriber, services, management, virtualHost, clock);
                    _timeline.Add(sample);
                    dropped.Value = sample.Dropped;
                    stored.Value = sample.Stored;
                    long waiting = sample.Queues.Values.Sum();
                    stored.Description = $"stored {sample.Stored - lastStored}/s, {waiting} queued";
                    lastStored = sample.Stored;
                    if (!interactive && _timeline.Count % 10 == 0)
                    {
                        AnsiConsole.MarkupLine(CultureInfo.InvariantCulture, "[grey]{0,5:F0} s: {1} dropped, {2} stored, {3} queued[/]", sample.Seconds, sample.Dropped, sample.Stored, waiting);
                    }
                }
            });
        await stop.CancelAsync();
        try
        {
            await dropping;
        }
        catch (OperationCanceledException)
        {
        }

        if (services.FirstOrDefault(s => s.HasExited) is { } exited)
        {
            throw new InvalidOperationException($"{exited.Name} exited during the run; see {exited.Name.ToLowerInvariant()}.log in {options.Output}.");
        }
    }

    /// <summary>Closed loop keeps a window of articles in flight; open loop drops on a fixed schedule whatever happens.</summary>
    private async Task DropAsync(ArticleFeed feed, StoredSubscriber subscriber, Stopwatch clock, CancellationToken cancellationToken)
    {
        while (feed.Dropped < options.Articles)
        {
            int due = options.IsOpenLoop
                ? (int)Math.Min(options.Articles, clock.Elapsed.TotalSeconds * options.Rate) - feed.Dropped
                : Math.Min(options.Articles - feed.Dropped, options.Window - (feed.Dropped - subscriber.Count));
            if (due > 0)
            {
                feed.Drop(due);
            }

            await Task.Delay(options.IsOpenLoop ? 5 : 20, cancellationToken);
        }
    }

    private async Task<TimelineSample> SampleAsync(ArticleFeed feed, StoredSubscriber subscriber, List<ServiceProcess> services, ManagementClient management, string virtualHost, Stopwatch clock)
    {
        Dictionary<string, long> queues = new(StringComparer.Ordinal);
        try
        {
            foreach (QueueDepth queue in await management.QueuesAsync(virtualHost, CancellationToken.None))
            {
                if (queue.Name.StartsWith("load-harness", StringComparison.Ordinal))
                {
                    continue;
                }

                queues[queue.Name] = queue.Ready + queue.Unacknowledged;

                // Only the articles' hops size the ceiling: the watcher's occasional FindStoredArticles request and its
                // answer, sampled in some runs and not others, moved the mean from about 20 KB to 8 KB between runs.
                if (queue.Name.StartsWith("article-", StringComparison.Ordinal) && queue.Messages > 0 && queue.Bytes > 0)
                {
                    (long bytes, long messages) = _sizes.GetValueOrDefault(queue.Name);
                    _sizes[queue.Name] = (bytes + queue.Bytes, messages + queue.Messages);
                }
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            // The management API lags under load; a missing sample is only a gap in the queue plot.
        }

        Dictionary<string, double> cpu = new(StringComparer.Ordinal);
        foreach (ServiceProcess service in services)
        {
            if (service.Sample())
            {
                cpu[service.Name] = service.CpuSeconds;
            }
        }

        return new TimelineSample(Math.Round(clock.Elapsed.TotalSeconds, 1), feed.Dropped, subscriber.Count, queues, cpu);
    }

    private async Task<CeilingResult?> MeasureCeilingAsync(Uri rabbit, ArticleFeed feed, CancellationToken cancellationToken)
    {
        if (options.CeilingMessages <= 0)
        {
            return null;
        }

        // The articles' messages as the broker held them, averaged over their queues; the corpus size when none was seen.
        double[] means = [.. _sizes.Values.Select(s => (double)s.Bytes / s.Messages)];
        int size = means.Length > 0 ? (int)means.Average() : feed.MeanArticleBytes * 2;
        CeilingResult? result = null;
        for (int attempt = 1; attempt <= 2 && result is null; attempt++)
        {
            try
            {
                await AnsiConsole.Progress()
                    .AutoClear(false)
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                    .StartAsync(async context =>
                    {
                        ProgressTask task = context.AddTask($"broker ceiling, {size} B", maxValue: options.CeilingMessages);
                        result = await BrokerCeiling.MeasureAsync(rabbit, options.CeilingMessages, size, count => task.Value = count, cancellationToken);
                    });
            }
            catch (Exception ex) when (ex is RabbitMQClientException or IOException or TimeoutException && !cancellationToken.IsCancellationRequested)
            {
                // A connection lost mid-measure (a broker or a machine too busy to answer) leaves no figure: measure again
                // once, else report the run without its ceiling rather than lose it.
                AnsiConsole.MarkupLineInterpolated($"[yellow]broker ceiling, attempt {attempt}: {ex.GetType().Name}: {ex.Message}[/]");
            }
        }

        return result;
    }

    private LoadReport Build(ArticleFeed feed, StoredSubscriber subscriber, List<ServiceFigures> figures, IReadOnlyList<QueueDeliveries> deliveries, CeilingResult? ceiling, double seconds, string loadBefore)
    {
        IReadOnlyCollection<StoredArticle> stored = subscriber.Stored;
        DateTimeOffset[] storedAt = [.. stored.Select(s => s.StoredAt).Order()];
        double sustained = 0;
        if (storedAt.Length >= 10)
        {
            int from = storedAt.Length / 10;
            int to = storedAt.Length * 9 / 10;
            sustained = (to - from) / Math.Max(0.001, (storedAt[to] - storedAt[from]).TotalSeconds);
        }

        DateTimeOffset? firstDrop = stored.Min(s => s.DroppedAt);
        double overall = storedAt.Length > 0 && firstDrop is not null ? storedAt.Length / Math.Max(0.001, (storedAt[^1] - firstDrop.Value).TotalSeconds) : 0;
        return new LoadReport
        {
            Mode = options.IsOpenLoop ? "open" : "closed",
            Articles = options.Articles,
            OfferedRate = options.Rate,
            Store = options.Mongo is null ? "litedb" : "mongodb",
            Stored = stored.Count,
            Events = subscriber.Events,
            Seconds = Math.Round(seconds, 1),
            SustainedPerSecond = Math.Round(sustained, 1),
            OverallPerSecond = Math.Round(overall, 1),
            ReceivedToStored = Latency.Of(stored.Select(s => s.ReceivedToStored)),
            ReceivedToStoredAfterStart = Latency.Of(stored.Where(s => s.DroppedAt - firstDrop >= StartTransient).Select(s => s.ReceivedToStored)),
            DroppedToSeenAfterStart = Latency.Of(stored.Where(s => s.DroppedAt - firstDrop >= StartTransient && s.DroppedToSeen is not null).Select(s => s.DroppedToSeen!.Value)),
            DroppedToSeen = Latency.Of(stored.Where(s => s.DroppedToSeen is not null).Select(s => s.DroppedToSeen!.Value)),
            Services = figures,
            EngineMsPerArticle = Math.Round(figures.Sum(f => f.EngineMsPerArticle), 3),
            PlumbingMsPerArticle = Math.Round(figures.Sum(f => f.PlumbingMsPerArticle), 3),
            Deliveries = deliveries,
            DeliveriesPerArticle = Math.Round(deliveries.Sum(q => q.Delivered) / (double)Math.Max(1, stored.Count), 2),
            Ceiling = ceiling,
            PipelineOverCeiling = ceiling is null ? null : Math.Round(sustained / ceiling.MessagesPerSecond, 3),
            Machine = new MachineFigures(Environment.ProcessorCount, Environment.OSVersion.ToString(), Environment.Version.ToString(), loadBefore, MachineFigures.LoadAverage()),
            Settings = new Dictionary<string, string>(options.Settings) { ["window"] = options.Window.ToString(CultureInfo.InvariantCulture), ["meanArticleBytes"] = feed.MeanArticleBytes.ToString(CultureInfo.InvariantCulture) },
            Timeline = _timeline,
        };
    }

    /// <summary>The p95 of receivedAt → StoredAt for the articles stored in each second of the run.</summary>
    private static List<(double Second, double P95Ms)> LatencyBySecond(IReadOnlyCollection<StoredArticle> stored)
    {
        if (stored.Count == 0)
        {
            return [];
        }

        DateTimeOffset start = stored.Min(s => s.DroppedAt ?? s.ReceivedAt);
        return [.. stored
            .GroupBy(s => Math.Floor((s.StoredAt - start).TotalSeconds))
            .OrderBy(g => g.Key)
            .Select(g => (g.Key, Latency.Of(g.Select(s => s.ReceivedToStored)).P95Ms))];
    }

    private static int FreePort()
    {
        using TcpListener listener = new(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
