using Ingestion.Contracts;

namespace Ingestion.Enrichment.Engine.Temporal;

// PLACEHOLDER: replaced by the temporal work.
public sealed class RuleTemporalTagger : ITemporalTagger
{
    public IReadOnlyList<TemporalAnnotation> Tag(string text, string language, DateOnly referenceDate) => [];
}
