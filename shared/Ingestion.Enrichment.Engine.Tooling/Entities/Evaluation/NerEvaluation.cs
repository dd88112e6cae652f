namespace Ingestion.Enrichment.Engine.Entities.Evaluation;

/// <summary>
/// Entity-level exact-match scores: per type (PER, ORG, LOC, MISC), micro-averaged over all four, and the
/// predicted tags per sentence so they can be written back.
/// </summary>
public sealed record NerEvaluation(IReadOnlyDictionary<string, EntityScore> PerType, EntityScore Micro, IReadOnlyList<IReadOnlyList<string>> Predictions);
