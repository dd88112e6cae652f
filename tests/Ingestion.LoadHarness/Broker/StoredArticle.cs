namespace Ingestion.LoadHarness.Broker;

/// <summary>
/// One article's times: read by the watcher (<see cref="ReceivedAt"/>), written (<see cref="StoredAt"/>, stamped when
/// the store's batch began) and announced (<see cref="AnnouncedAt"/>, the event's envelope), all from the event; dropped
/// into the feed and the event seen, from the harness's clock.
/// </summary>
internal sealed record StoredArticle(string Id, string FileName, DateTimeOffset ReceivedAt, DateTimeOffset StoredAt, DateTimeOffset? DroppedAt, DateTimeOffset SeenAt)
{
    public DateTimeOffset? AnnouncedAt { get; init; }

    public TimeSpan ReceivedToStored => StoredAt - ReceivedAt;

    public TimeSpan? DroppedToSeen => SeenAt - DroppedAt;
}
