using Ingestion.Contracts;
using Ingestion.Enrichment.Engine;
using Ingestion.Enrichment.Engine.Language;
using Ingestion.Enrichment.Warmup;

namespace Ingestion.Enrichment.Tests.Warmup;

// The warm-up is worth its start-up time only if its articles take the paths real ones take.
public class WarmupArticlesTests
{
    [Fact]
    public void Arabic_ThroughTheShippedEngine_ReachesEveryStage()
    {
        EnrichmentResult result = DefaultEnrichmentEngine.Instance.Enrich(WarmupArticles.Arabic);

        Assert.NotNull(result.Agency);
        Assert.Contains(result.Entities, e => e.Type == EntityTypes.Person);
        Assert.Contains(result.Entities, e => e.Type == EntityTypes.Organization);
        Assert.Contains(result.Entities, e => e.Type == EntityTypes.Location);
        Assert.Contains(result.Temporal, t => t.Type == TemporalTypes.Date);
        Assert.Contains(result.Temporal, t => t.Type == TemporalTypes.Time);
    }

    [Fact]
    public void English_ThroughTheShippedEngine_FindsNamesAndDates()
    {
        EnrichmentResult result = DefaultEnrichmentEngine.Instance.Enrich(WarmupArticles.English);

        Assert.Equal(LanguageGuess.English, result.Language.Code);
        Assert.Contains(result.Entities, e => e.Type == EntityTypes.Person);
        Assert.Contains(result.Temporal, t => t.Type == TemporalTypes.Date);
    }
}
