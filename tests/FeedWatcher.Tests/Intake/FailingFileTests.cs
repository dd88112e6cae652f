using Ingestion.Contracts;
using Ingestion.FeedWatcher.Intake;
using Ingestion.FeedWatcher.Parsing;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Ingestion.FeedWatcher.Tests.Intake;

/// <summary>No file stays in the feed for ever, and one that keeps failing does not flood the log.</summary>
public class FailingFileTests
{
    [Fact]
    public async Task ScanOnceAsync_UnsupportedExtension_MovesItToFailedWithAReason()
    {
        var logs = new CapturedLogs();
        await using IntakeHarness harness = await IntakeHarness.StartAsync(services: s => s.AddLogging(l => l.AddProvider(logs)));
        harness.Drop("notes.docx", "PK not really a document");

        int waiting = await harness.Scanner.ScanOnceAsync(TestContext.Current.CancellationToken);

        Assert.Equal(0, waiting);
        Assert.False(File.Exists(Path.Combine(harness.Feed, "notes.docx")));
        string note = await File.ReadAllTextAsync(Path.Combine(harness.Feed, "failed", "notes.docx.error.json"), TestContext.Current.CancellationToken);
        Assert.Contains("No reader for '.docx'", note, StringComparison.Ordinal);
        Assert.Contains(logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("notes.docx", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ProcessAsync_ReaderThrowsAnUnexpectedException_MovesTheFileToFailedAtOnce()
    {
        await using IntakeHarness harness = await IntakeHarness.StartAsync(services: s => s.AddSingleton(new ArticleReaders([new ThrowingReader()])));
        string path = harness.Drop("a.boom", "anything");

        IntakeOutcome outcome = await harness.Intake.ProcessAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(IntakeOutcome.Failed, outcome);
        string note = await File.ReadAllTextAsync(Path.Combine(harness.Feed, "failed", "a.boom.error.json"), TestContext.Current.CancellationToken);
        Assert.Contains("System.Xml.XmlException", note, StringComparison.Ordinal);
        Assert.Contains("reader broke", note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScanOnceAsync_UnknownFailureEveryTime_GoesToFailedAfterThreeAttemptsWithAtMostFourLogLines()
    {
        var logs = new CapturedLogs();
        await using IntakeHarness harness = await IntakeHarness.StartAsync(
            publishFault: () => new InvalidOperationException("something nobody expected"),
            services: s => s.AddLogging(l => l.AddProvider(logs).SetMinimumLevel(LogLevel.Debug)));
        int before = logs.Entries.Count;
        harness.Drop("a.txt", "Headline\nBody");

        for (int scan = 0; scan < 10 && File.Exists(Path.Combine(harness.Feed, "a.txt")); scan++)
        {
            await harness.Scanner.ScanOnceAsync(TestContext.Current.CancellationToken);
        }

        string note = await File.ReadAllTextAsync(Path.Combine(harness.Feed, "failed", "a.txt.error.json"), TestContext.Current.CancellationToken);
        Assert.Contains("Failed 3 times", note, StringComparison.Ordinal);
        Assert.Contains("something nobody expected", note, StringComparison.Ordinal);
        // Everything logged from the drop on, by any component: the watcher's, the bus's, the claims'.
        var aboutTheFile = logs.Entries.Skip(before).ToList();
        List<CapturedLogs.Entry> loud = aboutTheFile.Where(e => e.Level >= LogLevel.Information).ToList();
        Assert.InRange(loud.Count, 3, 4);
        Assert.All(loud, e => Assert.Null(e.Exception));
        Assert.All(loud, e => Assert.DoesNotContain('\n', e.Message));
        Assert.Equal(3, aboutTheFile.Count(e => e.Level == LogLevel.Debug && e.Exception is InvalidOperationException));
        Assert.Equal(1, harness.Counters.Failed);
    }

    [Fact]
    public async Task ScanOnceAsync_BrokerNotConfirming_KeepsTheFileInTheFeedPastTheAttemptLimit()
    {
        bool brokerDown = true;
        await using IntakeHarness harness = await IntakeHarness.StartAsync(publishFault: () => brokerDown ? new TimeoutException("not confirmed") : null);
        harness.Drop("a.txt", "Headline\nBody");

        for (int scan = 0; scan < 6; scan++)
        {
            await harness.Scanner.ScanOnceAsync(TestContext.Current.CancellationToken);
        }

        Assert.True(File.Exists(Path.Combine(harness.Feed, "a.txt")));
        Assert.Empty(Directory.GetFiles(Path.Combine(harness.Feed, "failed")));
        brokerDown = false;
        await harness.Scanner.ScanOnceAsync(TestContext.Current.CancellationToken);
        Assert.True(File.Exists(Path.Combine(harness.Feed, "processed", "a.txt")));
    }

    [Fact]
    public async Task ScanOnceAsync_FailedAttempt_WaitsOutItsBackoffBeforeTheNext()
    {
        int publishes = 0;
        await using IntakeHarness harness = await IntakeHarness.StartAsync(
            publishFault: () => Interlocked.Increment(ref publishes) > 0 ? new InvalidOperationException("boom") : null,
            settings: new Dictionary<string, string?> { ["Feed:RetryDelay"] = "01:00:00" });
        harness.Drop("a.txt", "Headline\nBody");

        await harness.Scanner.ScanOnceAsync(TestContext.Current.CancellationToken);
        await harness.Scanner.ScanOnceAsync(TestContext.Current.CancellationToken);

        Assert.Equal(1, publishes);
        Assert.True(File.Exists(Path.Combine(harness.Feed, "a.txt")));
        Assert.False(harness.Attempts.IsDue(Path.Combine(harness.Feed, "a.txt")));
    }

    [Fact]
    public async Task ScanOnceAsync_FileRewrittenAfterAFailure_GetsItsAttemptsAgain()
    {
        await using IntakeHarness harness = await IntakeHarness.StartAsync(
            publishFault: () => new InvalidOperationException("boom"),
            settings: new Dictionary<string, string?> { ["Feed:RetryDelay"] = "01:00:00" });
        string path = harness.Drop("a.txt", "Headline\nBody");
        await harness.Scanner.ScanOnceAsync(TestContext.Current.CancellationToken);
        Assert.False(harness.Attempts.IsDue(path));

        File.Delete(path);
        await harness.Scanner.ScanOnceAsync(TestContext.Current.CancellationToken);

        Assert.True(harness.Attempts.IsDue(path));
    }

    private sealed class ThrowingReader : IArticleReader
    {
        public string Format => "boom";

        public IReadOnlyCollection<string> Extensions { get; } = [".boom"];

        public IReadOnlyList<ParsedArticle> Read(string text) => throw new System.Xml.XmlException("reader broke");
    }
}
