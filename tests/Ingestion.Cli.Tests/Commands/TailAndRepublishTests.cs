using System.Text.Json;
using System.Text.RegularExpressions;
using Ingestion.Cli.Management;
using Ingestion.Cli.Tests.Infrastructure;
using Ingestion.Tests.Shared;

namespace Ingestion.Cli.Tests.Commands;

/// <summary>
/// <c>ingest tail</c> sees the events of a real <c>ingest run</c> over RabbitMQ, then those of <c>ingest articles republish</c>;
/// <c>republish --queue</c> fills one subscriber's queue only.
/// </summary>
[Collection(RabbitMqCollection.Name)]
public sealed partial class TailAndRepublishTests(RabbitMqBroker broker) : IAsyncLifetime
{
    private static readonly TimeSpan s_deadline = TimeSpan.FromMinutes(2);

    private readonly string _virtualHost = $"cli-tail-{Guid.NewGuid():N}";
    private readonly string _root = Directory.CreateTempSubdirectory("ingestion-tail-").FullName;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (broker.Address is not null)
        {
            await broker.DeleteVirtualHostAsync(_virtualHost);
        }

        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A killed process may still hold a LiteDB file for a moment; the temp folder is cleaned later.
        }
    }

    [Fact]
    public async Task TailThenRepublish_RealRun_PrintsEveryEventOfTheRunThenTheRepublishedOnes()
    {
        Assert.SkipWhen(broker.Address is null, broker.Unavailable);
        Uri rabbitMq = await broker.CreateVirtualHostAsync(_virtualHost);
        string feed = Directory.CreateDirectory(Path.Combine(_root, "feed")).FullName;
        string data = Path.Combine(_root, "data");
        File.Copy(RepositoryFolders.Seed, Path.Combine(feed, Path.GetFileName(RepositoryFolders.Seed)));
        File.WriteAllText(Path.Combine(feed, "en.txt"), "Kuwait and US hold talks\nAntony Blinken met Kuwaiti officials in Kuwait City on Thursday.\n");
        var noEnvironment = new Dictionary<string, string?>();
        await using IngestServer tail = IngestServer.Start(noEnvironment, "tail", "--json", "--rabbitmq", rabbitMq.ToString());
        await tail.WaitForAsync(Listening(), s_deadline);

        await using (IngestServer run = IngestServer.Start(
            new Dictionary<string, string?> { ["Feed__QuietPeriod"] = "00:00:00.200" },
            "run", "--feed", feed, "--data", data, "--rabbitmq", rabbitMq.ToString(), "--no-dashboard", "--until-idle"))
        {
            await Eventually.WaitAsync(() => Task.FromResult(run.HasExited), exited => exited, s_deadline, "ingest run --until-idle to finish; output:" + Environment.NewLine + run.Output());
        }

        IReadOnlyList<(string Event, string ArticleId)> live = await Eventually.WaitAsync(
            () => Task.FromResult(Events(tail)), events => events.Count >= 4, s_deadline, "4 events from ingest tail");
        Assert.Equal(2, live.Count(e => e.Event == "enriched"));
        Assert.Equal(2, live.Count(e => e.Event == "stored"));
        Assert.Equal(live.Where(e => e.Event == "enriched").Select(e => e.ArticleId).Order(), live.Where(e => e.Event == "stored").Select(e => e.ArticleId).Order());

        string articles = $"Filename={Path.Combine(data, "articles.db")};Connection=shared";
        (int exitCode, string output, string error) = await IngestProcess.RunAsync(noEnvironment, "articles", "republish", "--since", "2000-01-01", "--articles", articles, "--rabbitmq", rabbitMq.ToString());

        Assert.True(exitCode == 0, error + output);
        Assert.Contains("Republished 2 article(s)", output, StringComparison.Ordinal);
        IReadOnlyList<(string Event, string ArticleId)> all = await Eventually.WaitAsync(
            () => Task.FromResult(Events(tail)), events => events.Count >= 6, s_deadline, "the 2 replayed events in ingest tail");
        Assert.Equal(
            live.Where(e => e.Event == "enriched").Select(e => e.ArticleId).Order(),
            all.Skip(4).Where(e => e.Event == "enriched").Select(e => e.ArticleId).Order());
    }

    [Fact]
    public async Task Republish_ToOneQueue_FillsOnlyThatQueue()
    {
        Assert.SkipWhen(broker.Address is null, broker.Unavailable);
        Uri rabbitMq = await broker.CreateVirtualHostAsync(_virtualHost);
        await broker.DeclareQueueAsync(rabbitMq, "backfill");
        string feed = Directory.CreateDirectory(Path.Combine(_root, "feed")).FullName;
        string data = Path.Combine(_root, "data");
        File.Copy(RepositoryFolders.Seed, Path.Combine(feed, Path.GetFileName(RepositoryFolders.Seed)));
        (int ran, string runOutput, string runError) = await IngestProcess.RunAsync(
            new Dictionary<string, string?> { ["Feed__QuietPeriod"] = "00:00:00.200" }, "run", "--feed", feed, "--data", data, "--no-dashboard", "--until-idle");
        Assert.True(ran == 0, runError + runOutput);

        (int exitCode, string output, string error) = await IngestProcess.RunAsync(
            new Dictionary<string, string?>(),
            "articles", "republish", "--since", "2000-01-01", "--until", "2100-01-01", "--queue", "backfill", "--articles", $"Filename={Path.Combine(data, "articles.db")};Connection=shared", "--rabbitmq", rabbitMq.ToString());

        Assert.True(exitCode == 0, error + output);
        using var management = new RabbitMqManagementClient(ManagementEndpoint.FromAmqp(rabbitMq));
        QueueInfo? backfill = await Eventually.WaitAsync(() => management.GetQueueAsync("backfill", TestContext.Current.CancellationToken), q => q?.Ready == 1, s_deadline, "the replayed article in the backfill queue");
        Assert.Equal(1, backfill!.Ready);
        Assert.DoesNotContain(await management.GetQueuesAsync(TestContext.Current.CancellationToken), q => q.Name == "article-enriched");
    }

    [GeneratedRegex("(Listening) to")]
    private static partial Regex Listening();

    private static List<(string Event, string ArticleId)> Events(IngestServer tail) =>
        [.. tail.Lines.Where(line => line.StartsWith('{')).Select(line =>
        {
            JsonElement json = JsonDocument.Parse(line).RootElement;
            return (json.GetProperty("event").GetString()!, json.GetProperty("message").GetProperty("articleId").GetString()!);
        })];
}
