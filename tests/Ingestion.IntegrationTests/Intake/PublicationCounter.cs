using System.Collections.Concurrent;

namespace Ingestion.IntegrationTests.Intake;

/// <summary>Counts every <c>ArticleDiscovered</c> delivered, per article, as a downstream subscriber sees them.</summary>
public sealed class PublicationCounter
{
    private readonly ConcurrentDictionary<string, int> _byArticle = new(StringComparer.Ordinal);

    public int Total => _byArticle.Values.Sum();

    public int Distinct => _byArticle.Count;

    public IEnumerable<string> Repeated => _byArticle.Where(pair => pair.Value > 1).Select(pair => pair.Key);

    public void Add(string articleId) => _byArticle.AddOrUpdate(articleId, 1, (_, count) => count + 1);
}
