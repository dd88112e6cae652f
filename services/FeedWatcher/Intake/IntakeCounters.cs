using System.Diagnostics.Metrics;
using Ingestion.ServiceDefaults.Telemetry;

namespace Ingestion.FeedWatcher.Intake;

/// <summary>
/// What the intake did since the process started: exported as <c>ingestion.intake.*</c> metrics, and read by
/// <c>ingest run --until-idle</c>.
/// </summary>
public sealed class IntakeCounters
{
    private static readonly Counter<long> s_published = IngestionTelemetry.Meter.CreateCounter<long>("ingestion.intake.articles.published", description: "Articles published to the pipeline.");
    private static readonly Counter<long> s_discovered = IngestionTelemetry.Meter.CreateCounter<long>("ingestion.intake.files.discovered", description: "Complete files found in the feed and taken for reading (a file retried after an error counts again).");
    private static readonly Counter<long> s_files = IngestionTelemetry.Meter.CreateCounter<long>("ingestion.intake.files", description: "Feed files taken, by outcome (processed, duplicate, failed).");

    private long _published;
    private long _duplicates;
    private long _failed;
    private long _oldestWaitingTicks;

    public IntakeCounters()
    {
        // Every outcome's series from the start, at 0: a counter that first appears at 1 (the first failed file) gives
        // Prometheus's increase() and rate() nothing to compare with, and an alert on them would miss that file.
        foreach (string outcome in new[] { "processed", "duplicate", "failed" })
        {
            s_files.Add(0, new KeyValuePair<string, object?>("outcome", outcome));
        }

        IngestionTelemetry.Meter.CreateObservableGauge(
            "ingestion.intake.oldest_pending.age",
            () => TimeSpan.FromTicks(Interlocked.Read(ref _oldestWaitingTicks)).TotalSeconds,
            unit: "s",
            description: "Age of the oldest file in the feed not yet taken.");
    }

    public long Published => Interlocked.Read(ref _published);

    public long Duplicates => Interlocked.Read(ref _duplicates);

    public long Failed => Interlocked.Read(ref _failed);

    internal void ArticlePublished()
    {
        Interlocked.Increment(ref _published);
        s_published.Add(1);
    }

    internal void FilesDiscovered(int count)
    {
        if (count > 0)
        {
            s_discovered.Add(count);
        }
    }

    internal void FileProcessed() => s_files.Add(1, new KeyValuePair<string, object?>("outcome", "processed"));

    internal void FileDuplicated()
    {
        Interlocked.Increment(ref _duplicates);
        s_files.Add(1, new KeyValuePair<string, object?>("outcome", "duplicate"));
    }

    internal void FileFailed()
    {
        Interlocked.Increment(ref _failed);
        s_files.Add(1, new KeyValuePair<string, object?>("outcome", "failed"));
    }

    internal void OldestWaiting(TimeSpan age) => Interlocked.Exchange(ref _oldestWaitingTicks, age.Ticks);
}
