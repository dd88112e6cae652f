namespace Ingestion.FeedWatcher.Intake;

/// <summary>
/// What one look at the feed found: the files complete and ready to take, how many are still being written, the links
/// pointing out of the feed, and the age of the oldest file there.
/// </summary>
public sealed record FeedLook(IReadOnlyList<FeedEntry> Ready, int Waiting, IReadOnlyList<string> Escaping, TimeSpan OldestAge);
