namespace Ingestion.Cli.Dashboard;

/// <summary>Files in the feed's folders: waiting to be taken, processed, duplicates, failed to read.</summary>
public sealed record FeedCounts(int Waiting, int Processed, int Duplicates, int Failed);
