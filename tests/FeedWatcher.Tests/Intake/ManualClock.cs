namespace Ingestion.FeedWatcher.Tests.Intake;

/// <summary>A clock the test sets: a lease runs out by moving it, not by waiting.</summary>
internal sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
