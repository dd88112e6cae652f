using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Ingestion.IntegrationTests.Infrastructure;
using Ingestion.Tests.Shared;

namespace Ingestion.IntegrationTests.Pipeline;

/// <summary>
/// The operators' acceptance over a real RabbitMQ: the three services as processes are ready, their <c>/metrics</c> counters
/// match the articles sent, and <c>ingest queues --json</c> lists the pipeline's queues with their depths.
/// </summary>
[Collection(RabbitMqCollection.Name)]
public class OperatorAcceptanceTests(RabbitMqBroker broker)
{
    private static readonly TimeSpan s_deadline = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task Pipeline_FourArticles_HealthReadyAndCountersMatchAndQueuesListed()
    {
        Assert.SkipWhen(broker.Address is null, broker.Unavailable);
        await using PipelineRun run = await PipelineRun.StartAsync(broker, "acceptance");
        string[] files = [RepositoryPaths.Seed, .. WriteArticles(run.Root)];
        Dictionary<string, string> expected = PipelineRun.ExpectedTexts(files);
        Assert.Equal(4, expected.Count);

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };

        // Ready before the files come: a file published before enrichment has bound its queue is returned by the
        // broker and taken again at the next scan, which would count it twice as discovered.
        foreach (string service in new[] { "storage", "enrichment", "feed-watcher" })
        {
            Uri address = await run.AddressOfAsync(service, s_deadline);
            await Eventually.WaitAsync(() => StatusAsync(http, new Uri(address, "/health/ready")), status => status == HttpStatusCode.OK, s_deadline, $"{service} to be ready", run.Diagnostics);
        }

        run.DropAll(files);
        await run.WaitForStoredAsync(expected.Count, s_deadline);

        var expectedCounters = new Dictionary<string, (string Metric, string? Label)[]>
        {
            ["feed-watcher"] =
            [
                ("ingestion_intake_files_discovered_total", null),
                ("ingestion_intake_files_total", "outcome=\"processed\""),
                ("ingestion_intake_articles_published_total", null),
            ],
            ["enrichment"] = [("ingestion_enrichment_entities_count", null)],
            ["storage"] =
            [
                ("ingestion_storage_articles_stored_total", "outcome=\"created\""),
                ("ingestion_storage_write_duration_milliseconds_count", null),
            ],
        };
        foreach ((string service, (string Metric, string? Label)[] counters) in expectedCounters)
        {
            Uri address = await run.AddressOfAsync(service, s_deadline);
            using HttpResponseMessage ready = await http.GetAsync(new Uri(address, "/health/ready"), TestContext.Current.CancellationToken);
            Assert.True(ready.StatusCode == HttpStatusCode.OK, $"{service} /health/ready: {ready.StatusCode}");
            Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            foreach ((string metric, string? label) in counters)
            {
                // The counters move right after the store write the test waited for: poll until they settle.
                double? value = await Eventually.WaitAsync(
                    async () => PrometheusText.Sum(await http.GetStringAsync(new Uri(address, "/metrics"), TestContext.Current.CancellationToken), metric, label),
                    v => v >= expected.Count,
                    TimeSpan.FromSeconds(30),
                    $"{service} {metric}",
                    run.Diagnostics);
                Assert.True(value == expected.Count, $"{service} {metric}{label}: {value}, expected {expected.Count}");
            }
        }

        // The broker refreshes queue statistics every 5 s, so a snapshot can predate the consumers of a queue declared
        // moments before: wait until it shows the drained pipeline with its consumers.
        JsonElement[] queues = await Eventually.WaitAsync(
            () => QueuesAsync(run),
            q => q.Any(Named("article-discovered")) && q.Any(Named("article-enriched"))
                && q.All(e => e.GetProperty("ready").GetInt64() == 0 && e.GetProperty("unacknowledged").GetInt64() == 0)
                && HasConsumer(q, "article-discovered") && HasConsumer(q, "article-enriched"),
            TimeSpan.FromMinutes(1),
            "ingest queues --json to list the drained pipeline queues with their consumers");
        Assert.All(queues, q => Assert.Equal(q.GetProperty("name").GetString()!.EndsWith("_error", StringComparison.Ordinal), q.GetProperty("isErrorQueue").GetBoolean()));
        run.AssertServicesRunning();
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient http, Uri address)
    {
        try
        {
            using HttpResponseMessage response = await http.GetAsync(address, TestContext.Current.CancellationToken);
            return response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return 0;
        }
    }

    private static Func<JsonElement, bool> Named(string name) => q => q.GetProperty("name").GetString() == name;

    private static bool HasConsumer(JsonElement[] queues, string name) => queues.Single(Named(name)).GetProperty("consumers").GetInt32() >= 1;

    private static string[] WriteArticles(string root)
    {
        string folder = Directory.CreateDirectory(Path.Combine(root, "articles")).FullName;
        (string Name, string Text)[] articles =
        [
            ("a1.txt", "Kuwait and US hold strategic talks\nAntony Blinken met Kuwaiti officials in Kuwait City on Thursday, July 29, 2021.\n"),
            ("a2.txt", "وزير الخارجية يستقبل سفير مصر\nاستقبل وزير الخارجية الكويتي في الكويت اليوم الأحد سفير جمهورية مصر العربية.\n"),
            ("a3.json", """{"title":"Markets close higher","body":"Shares in London rose on Monday as the Bank of England held rates.","publishedAt":"2021-08-02T10:00:00Z"}"""),
        ];
        return [.. articles.Select(a =>
        {
            string path = Path.Combine(folder, a.Name);
            File.WriteAllText(path, a.Text);
            return path;
        })];
    }

    private static async Task<JsonElement[]> QueuesAsync(PipelineRun run)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(RepositoryPaths.ServiceDll("Ingestion.Cli", "ingest"));
        start.ArgumentList.Add("queues");
        start.ArgumentList.Add("--json");
        start.Environment.Remove("Management__Url");
        start.Environment["ConnectionStrings__RabbitMq"] = run.RabbitMq.ToString();
        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"ingest queues --json exited {process.ExitCode}: {await error}{await output}");
        return [.. JsonDocument.Parse(await output).RootElement.EnumerateArray().Select(e => e.Clone())];
    }
}
