using Ingestion.Contracts;
using Ingestion.Enrichment.Engine.Language;

namespace Ingestion.Enrichment.Engine;

/// <summary>What the engine found in one article. Offsets index into <see cref="Text"/>.</summary>
public sealed record EnrichmentResult
{
    public required string Text { get; init; }

    public required LanguageGuess Language { get; init; }

    public NewsAgency? Agency { get; init; }

    public required IReadOnlyList<EntityAnnotation> Entities { get; init; }

    public required IReadOnlyList<TemporalAnnotation> Temporal { get; init; }

    public required EngineInfo Engine { get; init; }

    /// <summary>Components that failed on this article, with the reason; their results are missing, the others' are not.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>How long each component took on this article, for the per-component latency metrics.</summary>
    public IReadOnlyDictionary<string, TimeSpan> Durations { get; init; } = new Dictionary<string, TimeSpan>();
}
