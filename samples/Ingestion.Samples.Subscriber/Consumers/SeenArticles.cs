using System.Collections.Concurrent;

namespace Ingestion.Samples.Subscriber.Consumers;

/// <summary>
/// Stands in for the subscriber's own store. Delivery is at least once and an article can come twice (a redelivery,
/// <c>ingest articles republish</c>), so handling is an upsert keyed by the article id, never by the message id.
/// </summary>
public sealed class SeenArticles
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _articles = new(StringComparer.Ordinal);

    /// <summary>True the first time this article is seen.</summary>
    public bool Upsert(string articleId, DateTimeOffset at)
    {
        bool added = false;
        _articles.AddOrUpdate(articleId, _ => { added = true; return at; }, (_, _) => at);
        return added;
    }
}
