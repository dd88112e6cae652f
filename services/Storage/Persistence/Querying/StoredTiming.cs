namespace Ingestion.Storage.Persistence.Querying;

/// <summary>When an article's file was taken from the feed and when the article was stored: its drop-to-stored time.</summary>
public sealed record StoredTiming(DateTimeOffset ReceivedAt, DateTimeOffset StoredAt)
{
    public TimeSpan Latency => StoredAt - ReceivedAt;
}
