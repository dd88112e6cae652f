namespace Ingestion.Enrichment.Engine.Temporal.Evaluation;

/// <summary>
/// The result of <see cref="TimexEvaluator"/>: the totals, the same counts per TIMEX3 type (gold expressions and
/// pairs by their gold type, system expressions by their own), and every mismatch for error analysis.
/// </summary>
public sealed record TimexReport(
    int Documents,
    TimexScore Overall,
    IReadOnlyDictionary<string, TimexScore> ByType,
    IReadOnlyList<TimexMismatch> Mismatches);
