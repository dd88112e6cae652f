namespace Ingestion.Enrichment.Engine.Entities.Evaluation;

/// <summary>The folds' scores, with the mean and sample standard deviation of any F1 over them.</summary>
public sealed record CrossValidationReport(IReadOnlyList<FoldResult> Folds, int Datelines)
{
    /// <summary>The weight magnitude below which the fold models were pruned.</summary>
    public float PruneBelow { get; init; }

    /// <summary>Mean and sample standard deviation (0 for one value) of F1 × 100 over the folds that have a score.</summary>
    public static (double Mean, double Sd) Spread(IEnumerable<EntityScore?> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        double[] values = [.. scores.OfType<EntityScore>().Select(s => 100 * s.F1)];
        if (values.Length == 0)
        {
            return (double.NaN, double.NaN);
        }

        double mean = values.Average();
        double sd = values.Length < 2 ? 0 : Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1));
        return (mean, sd);
    }
}
