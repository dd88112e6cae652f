namespace Ingestion.FeedWatcher.Intake;

/// <summary>
/// A file the scan found ready to take, with the marker that released it in marker mode and the time it was last
/// written when the scan saw it (claiming touches the file, so it is taken before).
/// </summary>
public sealed record FeedEntry(string Path, string? MarkerPath, DateTimeOffset? WrittenAt = null);
