using Ingestion.Enrichment.Engine.Entities.Corpus;
using Ingestion.Enrichment.Engine.Entities.Model;
using Ingestion.Enrichment.Engine.Entities.PostProcessing;
using Ingestion.Enrichment.Engine.Entities.Training;

namespace Ingestion.Enrichment.Engine.Entities.Evaluation;

/// <summary>
/// Document-level k-fold cross-validation of the entity model: each fold (contiguous, cut at datelines, see
/// <see cref="DocumentFolds"/>) is scored by a model trained on the other folds plus the extra training data, as the
/// model alone and as the whole recognizer (model then rules); each fold model is also scored on out-of-domain sets
/// that are never trained on.
/// </summary>
public static class CrossValidation
{
    /// <summary>Runs the folds, <see cref="CrossValidationRequest.Parallelism"/> at a time; the result does not depend on it.</summary>
    public static CrossValidationReport Run(CrossValidationRequest request, IProgress<string>? progress = null, CancellationToken cancellationToken = default) =>
        RunPruned(request, progress, cancellationToken)[0];

    /// <summary>
    /// Like <see cref="Run"/>, one report per <see cref="CrossValidationRequest.PruneLevels"/> level, smallest first:
    /// the same fold models pruned further, so that model size can be traded against F1 without retraining.
    /// </summary>
    public static IReadOnlyList<CrossValidationReport> RunPruned(CrossValidationRequest request, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        float[] levels = request.PruneLevels.Count > 0 ? [.. request.PruneLevels.Order()] : [request.Options.PruneBelow];
        int[] fold = DocumentFolds.Assign(request.Corpus, request.Folds);
        var results = new FoldResult[levels.Length, request.Folds];
        Parallel.For(0, request.Folds, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, request.Parallelism), CancellationToken = cancellationToken }, f =>
        {
            List<ConllSentence> train = [];
            List<ConllSentence> dev = [];
            for (int s = 0; s < request.Corpus.Count; s++)
            {
                (fold[s] == f ? dev : train).Add(request.Corpus[s]);
            }

            NerTrainingOptions options = request.Options with { WeightedSentences = train.Count, PruneBelow = levels[0] };
            train.AddRange(request.ExtraTraining);
            NerModel trained = NerTrainer.Train(train, options, null, cancellationToken);
            for (int level = 0; level < levels.Length; level++)
            {
                NerModel model = level == 0 ? trained : trained.Pruned(levels[level]);
                results[level, f] = Score(request, model, dev);
                if (level == 0 && request.FoldsOut is { } directory)
                {
                    WriteFold(directory, f + 1, model, dev, results[level, f].Engine);
                }

                progress?.Report($"fold {f + 1}/{request.Folds}, pruned below {levels[level]}: {dev.Count} sentences, {model.FeatureCount} features, model {100 * results[level, f].Model.Micro.F1:0.00}, whole recognizer {100 * results[level, f].Engine.Micro.F1:0.00}{(results[level, f].OutOfDomainEngine is { } ood ? $", out-of-domain whole recognizer {100 * ood.Micro.F1:0.00}" : string.Empty)}{(results[level, f].SecondOutOfDomain is { } second ? $", second out-of-domain whole recognizer {100 * second.Engine.Micro.F1:0.00}" : string.Empty)}");
            }
        });

        int datelines = DocumentFolds.CountDatelines(request.Corpus);
        return [.. levels.Select((level, l) => new CrossValidationReport([.. Enumerable.Range(0, request.Folds).Select(f => results[l, f])], datelines) { PruneBelow = level })];
    }

    private static void WriteFold(string directory, int fold, NerModel model, List<ConllSentence> dev, NerEvaluation engine)
    {
        Directory.CreateDirectory(directory);
        using (var gold = new StreamWriter(Path.Combine(directory, $"fold{fold}.gold.txt")))
        {
            ConllCorpus.Write(gold, dev, [.. dev.Select(static s => s.Tags)]);
        }

        using (var predicted = new StreamWriter(Path.Combine(directory, $"fold{fold}.engine.txt")))
        {
            ConllCorpus.Write(predicted, dev, engine.Predictions);
        }

        using FileStream stream = File.Create(Path.Combine(directory, $"fold{fold}.model.gz"));
        model.Save(stream);
    }

    private static FoldResult Score(CrossValidationRequest request, NerModel model, List<ConllSentence> dev)
    {
        var recognizer = new PostProcessedEntityRecognizer(new SequenceEntityRecognizer(model, model, "cross-validation"));
        (NerEvaluation Model, NerEvaluation Engine)? outOfDomain = ScoreOutOfDomain(request.OutOfDomain, model, recognizer);
        return new FoldResult(
            dev.Count,
            NerEvaluator.Evaluate(model, dev),
            RecognizerEvaluator.Evaluate(recognizer, model.Language, dev),
            outOfDomain?.Model,
            outOfDomain?.Engine)
        {
            SecondOutOfDomain = ScoreOutOfDomain(request.SecondOutOfDomain, model, recognizer),
            Features = model.FeatureCount,
        };
    }

    private static (NerEvaluation Model, NerEvaluation Engine)? ScoreOutOfDomain(IReadOnlyList<ConllSentence> gold, NerModel model, PostProcessedEntityRecognizer recognizer) =>
        gold.Count == 0
            ? null
            : (WithoutMisc(gold, NerEvaluator.Evaluate(model, gold)), WithoutMisc(gold, RecognizerEvaluator.Evaluate(recognizer, model.Language, gold)));

    // The out-of-domain sets are scored on PER, ORG and LOC only: their MISC is another corpus's notion.
    private static NerEvaluation WithoutMisc(IReadOnlyList<ConllSentence> gold, NerEvaluation evaluation) =>
        NerEvaluator.Score(gold, [.. evaluation.Predictions.Select(tags => (IReadOnlyList<string>)[.. tags.Select(t => t.EndsWith("-MISC", StringComparison.Ordinal) ? "O" : t)])]);
}
