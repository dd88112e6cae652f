using System.ComponentModel;
using Ingestion.Enrichment.Engine.Entities.Corpus;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Ingestion.Cli.Commands.Train;

public sealed class TrainNerSettings : IngestSettings
{
    [CommandOption("--corpus <FILE>")]
    [Description("Training data, TOKEN TAG per line (BIO). Repeat to concatenate several files, in order.")]
    public string[] Corpus { get; init; } = [];

    [CommandOption("--extra <FILE>")]
    [Description("More training data in the same format, added after the hold-out split so it is never scored. Repeatable.")]
    public string[] Extra { get; init; } = [];

    [CommandOption("--out <MODEL>")]
    [Description("Where to write the model (gzip). The same corpus and seed always give the same bytes.")]
    public string Out { get; init; } = string.Empty;

    [CommandOption("--seed <N>")]
    [Description("Seed of the sentence shuffle. Default: 1, as the shipped models.")]
    [DefaultValue(1)]
    public int Seed { get; init; } = 1;

    [CommandOption("--epochs <N>")]
    [Description("Passes over the data. Default: 10.")]
    [DefaultValue(10)]
    public int Epochs { get; init; } = 10;

    [CommandOption("--holdout <PERCENT>")]
    [Description("Train on the first sentences only and score the model on the last PERCENT of them (a dev split).")]
    [DefaultValue(0)]
    public int Holdout { get; init; }

    [CommandOption("--holdout-slice <K>")]
    [Description("Which slice of --holdout PERCENT to score, counted from the start (9 with --holdout 10: the sentences at 80-90%). Default: the last.")]
    public int? HoldoutSlice { get; init; }

    [CommandOption("--dev-out <FILE>")]
    [Description("Also write the held-out sentences (gold tags) there, e.g. for 'ingest evaluate ner --engine --gold FILE'.")]
    public string? DevOut { get; init; }

    public override ValidationResult Validate()
    {
        if (Corpus.Length == 0)
        {
            return ValidationResult.Error("--corpus FILE is required.");
        }

        if (Corpus.FirstOrDefault(file => !File.Exists(file)) is { } missing)
        {
            return ValidationResult.Error($"--corpus: no file '{missing}'.");
        }

        if (Extra.FirstOrDefault(file => !File.Exists(file)) is { } missingExtra)
        {
            return ValidationResult.Error($"--extra: no file '{missingExtra}'.");
        }

        if (HoldoutSlice is { } slice && (Holdout == 0 || slice < 1 || slice > HoldoutSplit.SliceCount(Holdout)))
        {
            return ValidationResult.Error("--holdout-slice needs --holdout PERCENT and is from 1 to the number of slices (10 for 10%).");
        }

        if (string.IsNullOrWhiteSpace(Out))
        {
            return ValidationResult.Error("--out MODEL is required.");
        }

        return Holdout is >= 0 and < 100 ? ValidationResult.Success() : ValidationResult.Error("--holdout is a percentage from 0 to 99.");
    }
}
