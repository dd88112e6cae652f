using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Ingestion.Cli.Commands.Train;

public sealed class TrainNerSettings : CommandSettings
{
    [CommandOption("--corpus <FILE>")]
    [Description("Training data, TOKEN TAG per line (BIO). Repeat to concatenate several files, in order.")]
    public string[] Corpus { get; init; } = [];

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

        if (string.IsNullOrWhiteSpace(Out))
        {
            return ValidationResult.Error("--out MODEL is required.");
        }

        return Holdout is >= 0 and < 100 ? ValidationResult.Success() : ValidationResult.Error("--holdout is a percentage from 0 to 99.");
    }
}
