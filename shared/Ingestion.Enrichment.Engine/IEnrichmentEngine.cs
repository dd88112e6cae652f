using Ingestion.Contracts;

namespace Ingestion.Enrichment.Engine;

/// <summary>Turns an article's text into annotations: language, agency, entities, temporal expressions.</summary>
/// <remarks>Implementations are thread-safe: one instance serves every consumer.</remarks>
public interface IEnrichmentEngine
{
    /// <summary>The engine's name, version and model version, stamped on every result.</summary>
    EngineInfo Info { get; }

    /// <summary>Enriches one article. Never throws for a component's failure: it is reported in <see cref="EnrichmentResult.Warnings"/>.</summary>
    EnrichmentResult Enrich(EnrichmentRequest request);
}
