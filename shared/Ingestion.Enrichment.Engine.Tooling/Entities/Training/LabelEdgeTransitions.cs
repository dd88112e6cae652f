namespace Ingestion.Enrichment.Engine.Entities.Training;

/// <summary>
/// How the label-pair weights of <see cref="NerTrainingOptions.LabelEdges"/> share the work of the model's one
/// transition table. Every Arabic word has the same shape, so a shape weighted per label pair gets, on Arabic text,
/// the very updates the transition table gets: kept beside it, it counts every transition twice.
/// </summary>
public enum LabelEdgeTransitions
{
    /// <summary>The stem's and the shape's pair weights beside the transition table (the first label-pair model).</summary>
    Doubled,

    /// <summary>The shape's pair weights stand for the transition table, which stays zero: a transition table per shape.</summary>
    PerShape,

    /// <summary>Only the stem is weighted per label pair, beside the transition table.</summary>
    StemOnly,
}
