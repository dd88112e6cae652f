namespace Ingestion.FeedWatcher.Intake;

/// <summary>A file the scan found ready to take, with the marker that released it in marker mode.</summary>
public sealed record FeedEntry(string Path, string? MarkerPath);
