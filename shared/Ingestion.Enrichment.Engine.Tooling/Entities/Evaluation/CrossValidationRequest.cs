using Ingestion.Enrichment.Engine.Entities.Corpus;
using Ingestion.Enrichment.Engine.Entities.Training;

namespace Ingestion.Enrichment.Engine.Entities.Evaluation;

/// <summary>What <see cref="CrossValidation.Run"/> trains and scores.</summary>
public sealed record CrossValidationRequest(IReadOnlyList<ConllSentence> Corpus, NerTrainingOptions Options)
{
    /// <summary>Number of folds.</summary>
    public int Folds { get; init; } = 5;

    /// <summary>Added to every fold's training part, never scored.</summary>
    public IReadOnlyList<ConllSentence> ExtraTraining { get; init; } = [];

    /// <summary>Scored by every fold model (PER, ORG, LOC), never trained on.</summary>
    public IReadOnlyList<ConllSentence> OutOfDomain { get; init; } = [];

    /// <summary>A second out-of-domain set (e.g. Wojood for a model that trains on WikiFANE), scored the same way.</summary>
    public IReadOnlyList<ConllSentence> SecondOutOfDomain { get; init; } = [];

    /// <summary>
    /// Weight magnitudes below which each fold model is also scored pruned (one report per level); empty: only the
    /// model as trained. Training prunes at the smallest level.
    /// </summary>
    public IReadOnlyList<float> PruneLevels { get; init; } = [];

    /// <summary>
    /// Where each fold's gold (<c>foldN.gold.txt</c>), whole-recognizer tags (<c>foldN.engine.txt</c>) and model
    /// (<c>foldN.model.gz</c>) are written; null: nowhere.
    /// </summary>
    public string? FoldsOut { get; init; }

    /// <summary>Folds trained at the same time.</summary>
    public int Parallelism { get; init; } = 1;
}
