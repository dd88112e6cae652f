using Ingestion.IntegrationTests.Infrastructure;
using Ingestion.IntegrationTests.Pipeline;
using Ingestion.Storage.Persistence;
using Ingestion.Tests.Shared;

namespace Ingestion.IntegrationTests.ScaleOut;

/// <summary>
/// Two instances of every service, each its own process, on one feed, one virtual host and one store: the watchers
/// share the folder through their claims, enrichment and storage compete for their queues.
/// </summary>
[Collection(RabbitMqCollection.Name)]
public class ScaleOutTests(RabbitMqBroker broker)
{
    private const int Files = 1000;
    private static readonly TimeSpan s_deadline = TimeSpan.FromMinutes(8);

    [Fact]
    public async Task ThousandFiles_TwoInstancesOfEveryService_EachArticleStoredOnceAndEveryInstanceWorks()
    {
        Assert.SkipWhen(broker.Address is null, broker.Unavailable);
        await using ServiceFleet fleet = await ServiceFleet.CreateAsync(broker, "scale-out");
        IReadOnlyList<string> files = CorpusArticles.Write(fleet.Staging, Files);
        Dictionary<string, string> expected = PipelineRun.ExpectedTexts(files);
        Assert.Equal(Files, expected.Count);

        // Consumers first, so that no queue is filled before both its instances take from it.
        fleet.Start(ServiceKind.Storage, 2);
        fleet.Start(ServiceKind.Enrichment, 2);
        fleet.Start(ServiceKind.FeedWatcher, 2);
        await fleet.WaitUntilReadyAsync(s_deadline);
        Assert.False(fleet.AnyExited, "A service exited." + Environment.NewLine + fleet.Diagnostics());

        fleet.DropAll(files);
        await fleet.WaitForStoredAsync(Files, s_deadline);
        Assert.False(fleet.AnyExited, "A service exited." + Environment.NewLine + fleet.Diagnostics());

        List<ArticleDocument> documents = await ExportAsync(fleet.Store);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), documents.Select(d => d.Id).Order(StringComparer.Ordinal));
        Assert.All(documents, document => Assert.Equal(expected[document.Id], document.Text));
        Assert.Equal(Files, Directory.GetFiles(Path.Combine(fleet.Feed, "processed")).Length);
        Assert.Empty(Directory.GetFiles(Path.Combine(fleet.Feed, "duplicates")));

        // Counters move after the work they count: wait for them to settle at the totals.
        IReadOnlyDictionary<string, double> watchers = await SettledAsync(fleet, ServiceKind.FeedWatcher, total => total >= Files);
        IReadOnlyDictionary<string, double> enrichment = await SettledAsync(fleet, ServiceKind.Enrichment, total => total >= Files);
        IReadOnlyDictionary<string, double> storage = await SettledAsync(fleet, ServiceKind.Storage, total => total >= Files);
        string report = string.Join(Environment.NewLine, new[] { watchers, enrichment, storage }.SelectMany(work => work).Select(w => $"{w.Key}: {w.Value:0}"));
        TestContext.Current.TestOutputHelper?.WriteLine("Articles per instance:" + Environment.NewLine + report);
        TestContext.Current.SendDiagnosticMessage("Scale-out, articles per instance: {0}", report.ReplaceLineEndings("; "));

        // No file went out twice: the watchers' publishes add up to the files exactly.
        Assert.Equal(Files, watchers.Values.Sum());

        // Each watcher hears of every one of its articles stored (its own subscription queue), none left to republish.
        int pending = await Eventually.WaitAsync(() => Task.FromResult(fleet.PendingInLedgers()), count => count == 0, TimeSpan.FromSeconds(60), "every watcher's ledger to show its articles stored", fleet.LedgerDiagnostics);
        Assert.Equal(0, pending);
        Assert.All(new[] { watchers, enrichment, storage }.SelectMany(work => work), w => Assert.True(w.Value > 0, $"{w.Key} did no work.{Environment.NewLine}{report}"));
        Assert.False(fleet.AnyExited, "A service exited." + Environment.NewLine + fleet.Diagnostics());
    }

    private static Task<IReadOnlyDictionary<string, double>> SettledAsync(ServiceFleet fleet, ServiceKind kind, Func<double, bool> done) =>
        Eventually.WaitAsync(() => fleet.WorkAsync(kind), work => done(work.Values.Sum()), TimeSpan.FromSeconds(60), $"the {kind.Name} counters", () => string.Join(Environment.NewLine, fleet.Members.Where(m => m.Kind == kind).Select(fleet.Counters)));

    private static async Task<List<ArticleDocument>> ExportAsync(IArticleStore store)
    {
        var documents = new List<ArticleDocument>();
        await foreach (ArticleDocument document in store.ExportAsync(TestContext.Current.CancellationToken))
        {
            documents.Add(document);
        }

        return documents;
    }
}
