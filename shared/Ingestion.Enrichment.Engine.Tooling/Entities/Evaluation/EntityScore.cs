namespace Ingestion.Enrichment.Engine.Entities.Evaluation;

/// <summary>Exact-match counts for one entity type (or all) and the precision, recall and F1 from them.</summary>
public sealed record EntityScore(int Gold, int Predicted, int Correct)
{
    /// <summary>Correct / predicted, 0 when nothing was predicted.</summary>
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    /// <summary>Correct / gold, 0 when there is no gold entity.</summary>
    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
