using System.Text.Json;
using Ingestion.Enrichment.Engine.Entities;
using Ingestion.Enrichment.Engine.Entities.Corpus;
using Ingestion.Enrichment.Engine.Entities.Evaluation;
using Ingestion.Enrichment.Engine.Entities.Model;
using Ingestion.Enrichment.Engine.Entities.PostProcessing;
using Ingestion.Enrichment.Engine.Entities.Training;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Ingestion.Cli.Commands.Evaluate;

/// <summary><c>ingest evaluate ner</c>: entity-level exact-match scores of a model on gold CoNLL data.</summary>
public sealed class EvaluateNerCommand : Command<EvaluateNerSettings>
{
    private static readonly JsonSerializerOptions s_json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public override int Execute(CommandContext context, EvaluateNerSettings settings, CancellationToken cancellationToken)
    {
        IReadOnlyList<StandoffNerDocument>? documents = settings.Standoff
            ? [.. StandoffNerGold.Read(settings.Gold, settings.TextRoot).Where(d => settings.Part == "all" || d.Part == settings.Part)]
            : null;
        IReadOnlyList<ConllSentence> gold = documents is null ? ConllCorpus.Read(settings.Gold) : [];
        string language = documents is null ? NerTrainer.DetectLanguage(gold) : documents.FirstOrDefault()?.Language ?? "en";
        NerModel model = settings.Model is null
            ? SequenceEntityRecognizer.LoadDefault().ModelFor(language)
            : LoadModel(settings.Model);

        NerEvaluation evaluation;
        if (documents is not null)
        {
            // Whole documents from their own text: the model alone is the sequence recognizer without the rules.
            var recognizer = new SequenceEntityRecognizer(model, model, "evaluated");
            (evaluation, gold) = RecognizerEvaluator.Evaluate(settings.Engine ? new PostProcessedEntityRecognizer(recognizer) : recognizer, documents);
        }
        else
        {
            evaluation = settings.Engine
                ? RecognizerEvaluator.Evaluate(new PostProcessedEntityRecognizer(new SequenceEntityRecognizer(model, model, "evaluated")), model.Language, gold)
                : NerEvaluator.Evaluate(model, gold);
        }
        if (settings.Json)
        {
            Console.Out.WriteLine(JsonSerializer.Serialize(
                new
                {
                    sentences = gold.Count,
                    language = model.Language,
                    scored = settings.Engine ? "recognizer" : "model",
                    micro = evaluation.Micro,
                    perType = evaluation.PerType,
                },
                s_json));
        }
        else
        {
            AnsiConsole.MarkupLineInterpolated($"{gold.Count} {(documents is null ? "sentences" : "documents")}, model language [blue]{model.Language}[/], {model.FeatureCount} features, scoring the {(settings.Engine ? "whole recognizer" : "model")}.");
            NerScoreTable.Write(evaluation);
        }

        if (settings.Output is not null)
        {
            using var writer = new StreamWriter(settings.Output);
            ConllCorpus.Write(writer, gold, evaluation.Predictions);
            Console.Error.WriteLine($"Predictions written to {settings.Output}.");
        }

        return 0;
    }

    private static NerModel LoadModel(string path)
    {
        using FileStream stream = File.OpenRead(path);
        return NerModel.Load(stream);
    }
}
