using Ingestion.IntegrationTests.Infrastructure;
using Ingestion.Storage.Persistence;
using Ingestion.Tests.Shared;

namespace Ingestion.IntegrationTests.Pipeline;

/// <summary>The whole pipeline: feed-watcher, enrichment and storage as separate processes over a real RabbitMQ.</summary>
[Collection(RabbitMqCollection.Name)]
public class SeparateServicesTests(RabbitMqBroker broker)
{
    private static readonly TimeSpan s_deadline = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task SeedArticle_ThroughThreeServices_IsStoredOnceWithConsistentOffsets()
    {
        Assert.SkipWhen(broker.Address is null, broker.Unavailable);
        await using PipelineRun run = await PipelineRun.StartAsync(broker, "seed");
        Dictionary<string, string> expected = PipelineRun.ExpectedTexts([RepositoryPaths.Seed]);

        run.DropAll([RepositoryPaths.Seed]);
        await run.WaitForStoredAsync(expected.Count, s_deadline);

        ArticleDocument document = Assert.Single(await ExportAsync(run.Store));
        Assert.Equal(expected.Keys.Single(), document.Id);
        Assert.Equal(expected.Values.Single(), document.Text);
        Assert.Equal("الولايات المتحدة والكويت تبحثان تعزيز التعاون المشترك", document.Title);
        Assert.Equal("000_5fc6fc8d7a967a8e.txt", document.Source.FileName);
        Assert.Equal("ingestion-engine", document.Engine.Name);
        AssertOffsetsConsistent(document);
        run.AssertServicesRunning();
    }

    [Fact]
    public async Task ThreeHundredFiles_DroppedAtOnce_EveryArticleStoredExactlyOnce()
    {
        Assert.SkipWhen(broker.Address is null, broker.Unavailable);
        Assert.SkipUnless(Directory.Exists(RepositoryPaths.NewsArticles), $"Needs the news-ar corpus at {RepositoryPaths.NewsArticles} (../shared, present on CI; its licence keeps it out of the repository).");
        string[] files = [RepositoryPaths.Seed, .. Directory.GetFiles(RepositoryPaths.NewsArticles, "*.txt").Order(StringComparer.Ordinal).Take(299)];
        Dictionary<string, string> expected = PipelineRun.ExpectedTexts(files);
        await using PipelineRun run = await PipelineRun.StartAsync(broker, "three-hundred");

        run.DropAll(files);
        await run.WaitForStoredAsync(expected.Count, s_deadline);

        List<ArticleDocument> documents = await ExportAsync(run.Store);
        Assert.Equal(expected.Count, documents.Count);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), documents.Select(d => d.Id));
        Assert.All(documents, document =>
        {
            Assert.Equal(expected[document.Id], document.Text);
            AssertOffsetsConsistent(document);
        });
        int moved = Directory.GetFiles(Path.Combine(run.Feed, "processed")).Length + Directory.GetFiles(Path.Combine(run.Feed, "duplicates"), "*.txt").Length;
        Assert.Equal(files.Length, moved);
        run.AssertServicesRunning();
    }

    private static void AssertOffsetsConsistent(ArticleDocument document)
    {
        Assert.All(document.Entities, e => Assert.Equal(e.Text, document.Text[e.Start..e.End]));
        Assert.All(document.Temporal, t => Assert.Equal(t.Text, document.Text[t.Start..t.End]));
    }

    private static async Task<List<ArticleDocument>> ExportAsync(IArticleStore store)
    {
        var documents = new List<ArticleDocument>();
        await foreach (ArticleDocument document in store.ExportAsync(TestContext.Current.CancellationToken))
        {
            documents.Add(document);
        }

        return documents;
    }
}
