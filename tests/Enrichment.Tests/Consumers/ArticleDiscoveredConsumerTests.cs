using Ingestion.Contracts;
using Ingestion.Enrichment.Consumers;
using Ingestion.Enrichment.Engine;
using Ingestion.Enrichment.Engine.Temporal;
using Ingestion.Enrichment.Tests.Annotation;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Ingestion.Enrichment.Tests.Consumers;

public class ArticleDiscoveredConsumerTests
{
    [Fact]
    public async Task Consume_DiscoveredArticle_PublishesEnrichedArticleWithoutFault()
    {
        await using ServiceProvider provider = Provider(FakeComponents.Engine());
        ITestHarness harness = provider.GetRequiredService<ITestHarness>();
        await harness.Start();
        ArticleDiscovered discovered = Articles.Discovered("أحمد يزور الكويت", "كونا قال أحمد.");

        await harness.Bus.Publish(discovered, TestContext.Current.CancellationToken);

        Assert.True(await harness.GetConsumerHarness<ArticleDiscoveredConsumer>().Consumed.Any<ArticleDiscovered>());
        Assert.False(await harness.Published.Any<Fault<ArticleDiscovered>>());
        IPublishedMessage<ArticleEnriched>? published = await harness.Published.SelectAsync<ArticleEnriched>().FirstOrDefault();
        Assert.NotNull(published);
        ArticleEnriched enriched = published.Context.Message;
        Assert.Equal(discovered.ArticleId, enriched.ArticleId);
        Assert.Equal("أحمد يزور الكويت\nكونا قال أحمد.", enriched.Text);
        Assert.Equal("ar", enriched.Language);
        Assert.Equal("KUNA", enriched.Source.Agency?.Latin);
        Assert.Equal("أحمد", Assert.Single(enriched.Entities).Text);
        Assert.Equal("fake-1", enriched.Engine.ModelVersion);
    }

    [Fact]
    public async Task Consume_ComponentThrows_PublishesOtherResultsWithWarning()
    {
        await using ServiceProvider provider = Provider(FakeComponents.Engine(new ThrowingTagger()));
        ITestHarness harness = provider.GetRequiredService<ITestHarness>();
        await harness.Start();

        await harness.Bus.Publish(Articles.Discovered("أحمد يزور الكويت", "نص"), TestContext.Current.CancellationToken);

        IPublishedMessage<ArticleEnriched>? published = await harness.Published.SelectAsync<ArticleEnriched>().FirstOrDefault();
        Assert.NotNull(published);
        Assert.Single(published.Context.Message.Entities);
        Assert.Contains(published.Context.Message.Warnings, w => w.StartsWith("temporal:", StringComparison.Ordinal));
        Assert.False(await harness.Published.Any<Fault<ArticleDiscovered>>());
    }

    private static ServiceProvider Provider(IEnrichmentEngine engine) =>
        new ServiceCollection()
            .AddSingleton(engine)
            .AddSingleton(TimeProvider.System)
            .AddMassTransitTestHarness(bus => bus.AddConsumer<ArticleDiscoveredConsumer>())
            .BuildServiceProvider(true);

    private sealed class ThrowingTagger : ITemporalTagger
    {
        public IReadOnlyList<TemporalAnnotation> Tag(string text, string language, DateOnly referenceDate) =>
            throw new InvalidOperationException("broken rule table");
    }
}
