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
    public override int Execute(CommandContext context, TrainNerSettings settings, CancellationToken cancellationToken)
    {
        List<ConllSentence> corpus = settings.Corpus.SelectMany(ConllCorpus.Read).ToList();
        (List<ConllSentence> train, List<ConllSentence> dev) = HoldoutSplit.Split(corpus, settings.Holdout, settings.HoldoutSlice);
        train.AddRange(settings.Extra.SelectMany(ConllCorpus.Read));
        var options = new NerTrainingOptions { Language = NerTrainer.DetectLanguage(corpus), Seed = settings.Seed, Epochs = settings.Epochs };
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
}
