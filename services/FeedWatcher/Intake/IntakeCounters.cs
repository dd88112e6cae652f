namespace Ingestion.FeedWatcher.Intake;

/// <summary>What the intake did since the process started; read by <c>ingest run</c> and, later, the metrics.</summary>
public sealed class IntakeCounters
{
    private long _published;
    private long _duplicates;
    private long _failed;

    public long Published => Interlocked.Read(ref _published);

    public long Duplicates => Interlocked.Read(ref _duplicates);

    public long Failed => Interlocked.Read(ref _failed);

    internal void ArticlePublished() => Interlocked.Increment(ref _published);

    internal void FileDuplicated() => Interlocked.Increment(ref _duplicates);

    internal void FileFailed() => Interlocked.Increment(ref _failed);
}
