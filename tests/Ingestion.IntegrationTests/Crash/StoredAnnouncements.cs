using System.Collections.Concurrent;

namespace Ingestion.IntegrationTests.Crash;

/// <summary>Every <c>ArticleStored</c> a subscriber received, per article: how many, and how many said Created.</summary>
public sealed class StoredAnnouncements
{
    private readonly ConcurrentDictionary<string, (int Announced, int Created)> _byArticle = new(StringComparer.Ordinal);

    public int Distinct => _byArticle.Count;

    public int Total => _byArticle.Values.Sum(v => v.Announced);

    /// <summary>Articles announced as newly created more than once: a second document or a second "new article" event.</summary>
    public IReadOnlyList<string> CreatedMoreThanOnce => [.. _byArticle.Where(pair => pair.Value.Created > 1).Select(pair => pair.Key)];

    public void Add(string articleId, bool created) =>
        _byArticle.AddOrUpdate(
            articleId,
            (1, created ? 1 : 0),
            (_, seen) => (seen.Announced + 1, seen.Created + (created ? 1 : 0)));
}
