namespace Ingestion.Enrichment.Engine.Entities.Evaluation;

/// <summary>One fold's scores: the model alone and the whole recognizer, on the fold and on the out-of-domain set.</summary>
public sealed record FoldResult(int Sentences, NerEvaluation Model, NerEvaluation Engine, NerEvaluation? OutOfDomain, NerEvaluation? OutOfDomainEngine)
{
    /// <summary>The second out-of-domain set, model alone and whole recognizer (null when none was given).</summary>
    public (NerEvaluation Model, NerEvaluation Engine)? SecondOutOfDomain { get; init; }

    /// <summary>The fold model's feature count.</summary>
    public int Features { get; init; }
}
