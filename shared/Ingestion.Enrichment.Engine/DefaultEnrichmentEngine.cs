using Ingestion.Enrichment.Engine.Agency;
using Ingestion.Enrichment.Engine.Entities;
using Ingestion.Enrichment.Engine.Entities.PostProcessing;
using Ingestion.Enrichment.Engine.Language;
using Ingestion.Enrichment.Engine.Temporal;

namespace Ingestion.Enrichment.Engine;

/// <summary>The engine as shipped: the components and the models embedded in this assembly.</summary>
public static class DefaultEnrichmentEngine
{
    private static readonly Lazy<EnrichmentEngine> s_instance = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The shared engine; the models load once, on first use.</summary>
    public static IEnrichmentEngine Instance => s_instance.Value;

    private static EnrichmentEngine Build()
    {
        var datelineDetector = new DatelineAgencyDetector();
        return new EnrichmentEngine(
            new ScriptLanguageDetector(),
            datelineDetector,
            new PostProcessedEntityRecognizer(SequenceEntityRecognizer.LoadDefault(), datelineDetector),
            new RuleTemporalTagger());
    }
}
