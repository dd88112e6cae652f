using Ingestion.Contracts;
using Ingestion.Enrichment.Annotation;

namespace Ingestion.Enrichment.Tests.Annotation;

public class ArticleEnrichedFactoryTests
{
    [Fact]
    public void ReferenceDateOf_PublishedAtKnown_UsesIt()
    {
        ArticleDiscovered article = Articles.Discovered("T", "B", new DateTimeOffset(2021, 7, 29, 23, 0, 0, TimeSpan.FromHours(3)));

        Assert.Equal(new DateOnly(2021, 7, 29), ArticleEnrichedFactory.ReferenceDateOf(article));
    }

    [Fact]
    public void ReferenceDateOf_NoPublishedAt_UsesReceivedAt()
    {
        Assert.Equal(new DateOnly(2021, 7, 30), ArticleEnrichedFactory.ReferenceDateOf(Articles.Discovered("T", "B")));
    }

    [Fact]
    public void Enrich_ReferenceDateGiven_OverridesTheArticles()
    {
        ArticleEnriched enriched = ArticleEnrichedFactory.Enrich(FakeComponents.Engine(), Articles.Discovered("أحمد يزور", "B"), DateTimeOffset.UnixEpoch, new DateOnly(2020, 1, 1));

        Assert.Equal(new DateOnly(2020, 1, 1), enriched.ReferenceDate);
    }

    [Fact]
    public void Enrich_Offsets_IndexIntoTheText()
    {
        ArticleEnriched enriched = ArticleEnrichedFactory.Enrich(FakeComponents.Engine(), Articles.Discovered("أحمد يزور", "B"), DateTimeOffset.UnixEpoch);

        Assert.All(enriched.Entities, e => Assert.Equal(e.Text, enriched.Text[e.Start..e.End]));
    }
}
