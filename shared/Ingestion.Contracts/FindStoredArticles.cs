namespace Ingestion.Contracts;

/// <summary>
/// A request, not an event: "which of these articles do you hold?", sent by the feed-watcher to the storage service
/// (MassTransit request/response) to learn in one message per sweep which of its published articles were stored,
/// instead of consuming every <see cref="ArticleStored"/>. Internal to one deployment: no subscriber binds to it, so it
/// has no schema version and is not in <c>asyncapi.yaml</c>.
/// </summary>
public sealed record FindStoredArticles
{
    /// <summary>The articles asked about (at most a few thousand per request).</summary>
    public IReadOnlyList<string> ArticleIds { get; init; } = [];
}
