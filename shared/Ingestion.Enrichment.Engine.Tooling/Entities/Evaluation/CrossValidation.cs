using Ingestion.Enrichment.Engine.Entities.Corpus;
using Ingestion.Enrichment.Engine.Entities.Model;
using Ingestion.Enrichment.Engine.Entities.PostProcessing;
using Ingestion.Enrichment.Engine.Entities.Training;

namespace Ingestion.Enrichment.Engine.Entities.Evaluation;

/// <summary>
/// Document-level k-fold cross-validation of the entity model: each fold (contiguous, cut at datelines, see
/// <see cref="DocumentFolds"/>) is scored by a model trained on the other folds plus the extra training data, as the
/// model alone and as the whole recognizer (model then rules); each fold model is also scored on an out-of-domain set
/// that is never trained on.
/// </summary>
public static class CrossValidation
{
    /// <summary>Runs the folds, <see cref="CrossValidationRequest.Parallelism"/> at a time; the result does not depend on it.</summary>
    public static CrossValidationReport Run(CrossValidationRequest request, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        int[] fold = DocumentFolds.Assign(request.Corpus, request.Folds);
        var results = new FoldResult[request.Folds];
        Parallel.For(0, request.Folds, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, request.Parallelism), CancellationToken = cancellationToken }, f =>
        {
            List<ConllSentence> train = [];
            List<ConllSentence> dev = [];
            for (int s = 0; s < request.Corpus.Count; s++)
            {
                (fold[s] == f ? dev : train).Add(request.Corpus[s]);
            }

            NerTrainingOptions options = request.Options with { WeightedSentences = train.Count };
            train.AddRange(request.ExtraTraining);
            NerModel model = NerTrainer.Train(train, options, null, cancellationToken);
            var recognizer = new PostProcessedEntityRecognizer(new SequenceEntityRecognizer(model, model, "cross-validation"));
            NerEvaluation? outOfDomain = null;
            NerEvaluation? outOfDomainEngine = null;
            if (request.OutOfDomain.Count > 0)
            {
                outOfDomain = WithoutMisc(request.OutOfDomain, NerEvaluator.Evaluate(model, request.OutOfDomain));
                outOfDomainEngine = WithoutMisc(request.OutOfDomain, RecognizerEvaluator.Evaluate(recognizer, model.Language, request.OutOfDomain));
            }

            results[f] = new FoldResult(
                dev.Count,
                NerEvaluator.Evaluate(model, dev),
                RecognizerEvaluator.Evaluate(recognizer, model.Language, dev),
                outOfDomain,
                outOfDomainEngine);
            progress?.Report($"fold {f + 1}/{request.Folds}: {dev.Count} sentences, model {100 * results[f].Model.Micro.F1:0.00}, whole recognizer {100 * results[f].Engine.Micro.F1:0.00}{(outOfDomainEngine is null ? string.Empty : $", out-of-domain whole recognizer {100 * outOfDomainEngine.Micro.F1:0.00}")}");
        });

        return new CrossValidationReport(results, DocumentFolds.CountDatelines(request.Corpus));
    }

    // The out-of-domain set is scored on PER, ORG and LOC only: its MISC is another corpus's notion.
    private static NerEvaluation WithoutMisc(IReadOnlyList<ConllSentence> gold, NerEvaluation evaluation) =>
        NerEvaluator.Score(gold, [.. evaluation.Predictions.Select(tags => (IReadOnlyList<string>)[.. tags.Select(t => t.EndsWith("-MISC", StringComparison.Ordinal) ? "O" : t)])]);
}
