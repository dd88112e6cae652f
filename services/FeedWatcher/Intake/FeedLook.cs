namespace Ingestion.FeedWatcher.Intake;

/// <summary>
/// What one look at the feed found: the files complete and ready to take, how many are still being written, the links
/// pointing out of the feed, the age of the oldest file there, and how soon the first waiting file will be quiet (null
/// when none waits).
/// </summary>
public sealed record FeedLook(IReadOnlyList<FeedEntry> Ready, int Waiting, IReadOnlyList<string> Escaping, TimeSpan OldestAge, TimeSpan? NextDue = null);
