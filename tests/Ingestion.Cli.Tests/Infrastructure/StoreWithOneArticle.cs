using Ingestion.Storage.Persistence;
using Ingestion.Tests.Shared;

namespace Ingestion.Cli.Tests.Infrastructure;

/// <summary>A LiteDB article store in a test's folder holding one article (id a1, stored now), for commands that read it.</summary>
internal static class StoreWithOneArticle
{
    public static async Task<string> CreateAsync(string folder)
    {
        string articles = $"Filename={Path.Combine(folder, "articles.db")};Connection=shared";
        await using IArticleStore store = ArticleStoreFactory.Create(articles);
        await store.UpsertAsync(ArticleDocumentMapper.FromEnriched(EnrichedArticles.Create("a1"), DateTimeOffset.UtcNow), TestContext.Current.CancellationToken);
        return articles;
    }
}
