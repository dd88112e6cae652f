using Ingestion.Cli.Commands.Evaluate;
using Ingestion.Enrichment.Engine.Entities.Corpus;
using Ingestion.Enrichment.Engine.Entities.Evaluation;
using Ingestion.Enrichment.Engine.Entities.Model;
using Ingestion.Enrichment.Engine.Entities.Training;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Ingestion.Cli.Commands.Train;

/// <summary><c>ingest train ner</c>: trains the entity model, deterministically, with a progress display.</summary>
public sealed class TrainNerCommand : Command<TrainNerSettings>
{
    // Sentences of WikiFANE kept out of its training part before the out-of-domain dev part: an article cut in two.
    private const int WikiFaneMargin = 20;

    public override int Execute(CommandContext context, TrainNerSettings settings, CancellationToken cancellationToken)
    {
        List<ConllSentence> corpus = settings.Corpus.SelectMany(ConllCorpus.Read).ToList();
        (List<ConllSentence> train, List<ConllSentence> dev) = HoldoutSplit.Split(corpus, settings.Holdout, settings.HoldoutSlice);
        train = CapitalsCopies.Add(train, settings.CapitalsEvery);
        List<ConllSentence> extra = [.. settings.Extra.SelectMany(ConllCorpus.Read)];
        List<ConllSentence> outOfDomain = [];
        if (settings.WikiFane is not null)
        {
            (List<ConllSentence> wikiTrain, outOfDomain) = HoldoutSplit.Split(WikiFaneCorpus.Read(settings.WikiFane), 10);
            if (settings.WikiFaneTrain)
            {
                extra.AddRange(wikiTrain.Take(wikiTrain.Count - WikiFaneMargin));
            }
        }

        var options = new NerTrainingOptions
        {
            Language = NerTrainer.DetectLanguage(corpus),
            Seed = settings.Seed,
            Epochs = settings.Epochs,
            Weight = settings.Weight,
            WeightedSentences = train.Count,
            WordClusters = settings.NoClusters ? false : null,
            ExtraMiscUnlabelled = settings.ExtraMiscUnlabelled,
            DocumentWindow = settings.DocumentWindow,
            Stacked = settings.Stacked,
            StackingFolds = settings.StackingFolds,
            LabelEdges = settings.LabelEdges,
            TruecaseHeadlines = settings.TruecaseTraining || settings.CapitalsEvery > 0,
            EdgeTransitions = settings.EdgeTransitions,
            EdgeTypeSwitches = !settings.NoEdgeTypeSwitches,
            EdgeFlags = settings.EdgeFlags,
        };
        if (settings.PruneBelow.Length > 0)
        {
            options = options with { PruneBelow = settings.PruneBelow.Min() };
        }

        if (settings.CrossValidationFolds > 0)
        {
            return CrossValidate(settings, corpus, extra, outOfDomain, options, cancellationToken);
        }

        train.AddRange(extra);
        AnsiConsole.MarkupLineInterpolated($"Training a [blue]{options.Language}[/] model on {train.Count} sentences (seed {options.Seed}, {options.Epochs} epochs){(dev.Count > 0 ? $", holding out {dev.Count} (slice {settings.HoldoutSlice ?? HoldoutSplit.SliceCount(settings.Holdout)} of {HoldoutSplit.SliceCount(settings.Holdout)})" : string.Empty)}.");

        NerModel model = AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(progress =>
            {
                ProgressTask task = progress.AddTask("features", maxValue: 1);
                var reporter = new Progress<NerTrainingProgress>(update =>
                {
                    task.Description = update.Stage == "train" ? $"epoch {update.Epoch}/{update.Epochs}, sentence errors {update.SentenceErrorRate:P1}" : update.Stage;
                    task.Value = update.Stage == "train"
                        ? ((update.Epoch - 1) + ((double)update.Sentences / Math.Max(1, update.TotalSentences))) / update.Epochs
                        : 0;
                });
                NerModel trained = NerTrainer.Train(train, options, reporter, cancellationToken);
                task.Value = 1;
                return trained;
            });

        using (FileStream stream = File.Create(settings.Out))
        {
            model.Save(stream);
        }

        AnsiConsole.MarkupLineInterpolated($"Wrote [blue]{settings.Out}[/]: {model.FeatureCount} features, {new FileInfo(settings.Out).Length / 1024} KiB.");
        if (settings.DevOut is not null)
        {
            using var writer = new StreamWriter(settings.DevOut);
            ConllCorpus.Write(writer, dev, [.. dev.Select(s => s.Tags)]);
        }

        if (dev.Count > 0)
        {
            NerScoreTable.Write(NerEvaluator.Evaluate(model, dev));
        }

        return 0;
    }

    private static int CrossValidate(TrainNerSettings settings, List<ConllSentence> corpus, List<ConllSentence> extra, List<ConllSentence> outOfDomain, NerTrainingOptions options, CancellationToken cancellationToken)
    {
        var request = new CrossValidationRequest(corpus, options)
        {
            Folds = settings.CrossValidationFolds,
            ExtraTraining = extra,
            OutOfDomain = outOfDomain,
            SecondOutOfDomain = settings.Wojood is null ? [] : WojoodCorpus.Read(settings.Wojood),
            PruneLevels = settings.PruneBelow,
            Parallelism = settings.Parallel,
            FoldsOut = settings.FoldsOut,
        };
        AnsiConsole.MarkupLineInterpolated($"Cross-validating a [blue]{options.Language}[/] model: {request.Folds} folds of {corpus.Count} sentences (seed {options.Seed}, {options.Epochs} epochs, weight {options.Weight}, clusters {(options.WordClusters == false ? "off" : "on")}), {extra.Count} extra training sentences, {outOfDomain.Count} out-of-domain dev sentences{(request.SecondOutOfDomain.Count > 0 ? $" and {request.SecondOutOfDomain.Count} Wojood sentences" : string.Empty)}.");
        var progress = new Progress<string>(line => AnsiConsole.WriteLine(line));
        foreach (CrossValidationReport report in CrossValidation.RunPruned(request, progress, cancellationToken))
        {
            CrossValidationTable.Write(report);
        }

        return 0;
    }
}
