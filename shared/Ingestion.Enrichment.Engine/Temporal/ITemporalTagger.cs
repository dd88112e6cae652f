using Ingestion.Contracts;

namespace Ingestion.Enrichment.Engine.Temporal;

/// <summary>Finds date and time expressions and normalizes them to TIMEX3 values.</summary>
public interface ITemporalTagger
{
    /// <summary>Expressions in text order, resolved against <paramref name="referenceDate"/>.</summary>
    IReadOnlyList<TemporalAnnotation> Tag(string text, string language, DateOnly referenceDate);
}
