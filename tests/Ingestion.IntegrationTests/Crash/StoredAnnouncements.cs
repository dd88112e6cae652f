using System.Collections.Concurrent;

namespace Ingestion.IntegrationTests.Crash;

/// <summary>Every <c>ArticleStored</c> a subscriber received, per article: how many, and how many said Created.</summary>
public sealed class StoredAnnouncements
{
    private readonly ConcurrentDictionary<string, (int Announced, int Created)> _byArticle = new(StringComparer.Ordinal);

    // A broker that stops before the subscriber's ack reached it delivers the same event again: that is the
    // documented at-least-once delivery to subscribers, not a second announcement, so each message counts once.
    private readonly ConcurrentDictionary<Guid, bool> _messages = new();

    public int Distinct => _byArticle.Count;

    public int Total => _byArticle.Values.Sum(v => v.Announced);

    /// <summary>Articles announced as newly created more than once: a second document or a second "new article" event.</summary>
    public IReadOnlyList<string> CreatedMoreThanOnce => [.. _byArticle.Where(pair => pair.Value.Created > 1).Select(pair => pair.Key)];

    public void Add(Guid messageId, string articleId, bool created)
    {
        if (!_messages.TryAdd(messageId, true))
        {
            return;
        }

        _byArticle.AddOrUpdate(
            articleId,
            (1, created ? 1 : 0),
            (_, seen) => (seen.Announced + 1, seen.Created + (created ? 1 : 0)));
    }
}
