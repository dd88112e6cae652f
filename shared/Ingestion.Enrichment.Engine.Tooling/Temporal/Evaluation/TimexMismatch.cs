using Ingestion.Contracts;

namespace Ingestion.Enrichment.Engine.Temporal.Evaluation;

/// <summary>
/// One disagreement with the gold: a missed expression (<see cref="System"/> null), a spurious one
/// (<see cref="Gold"/> null), or a relaxed pair whose span, type or value differs.
/// </summary>
public sealed record TimexMismatch(string Document, TemporalAnnotation? Gold, TemporalAnnotation? System)
{
    public string Kind => (Gold, System) switch
    {
        (null, _) => "spurious",
        (_, null) => "missed",
        _ when Gold.Value != System.Value => "value",
        _ when Gold.Type != System.Type => "type",
        _ => "span",
    };
}
