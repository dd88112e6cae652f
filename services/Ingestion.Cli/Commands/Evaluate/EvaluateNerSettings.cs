using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Ingestion.Cli.Commands.Evaluate;

public sealed class EvaluateNerSettings : IngestSettings
{
    [CommandOption("--json")]
    [Description("Print the scores as one JSON object instead of a table.")]
    public bool Json { get; init; }

    [CommandOption("--gold <CONLL>")]
    [Description("Gold data: TOKEN TAG per line (BIO), a blank line between sentences.")]
    public string Gold { get; init; } = string.Empty;

    [CommandOption("--model <MODEL>")]
    [Description("A model written by 'ingest train ner'. Default: the shipped model for the gold data's language.")]
    public string? Model { get; init; }

    [CommandOption("--engine")]
    [Description("Score the whole recognizer (model, then titles, gazetteers and consistency rules) on the gold text, not the model alone.")]
    public bool Engine { get; init; }

    [CommandOption("--output <PRED>")]
    [Description("Write the tokens with the predicted tags, in the same format.")]
    public string? Output { get; init; }

    public override ValidationResult Validate() =>
        File.Exists(Gold) ? ValidationResult.Success() : ValidationResult.Error($"--gold: no file '{Gold}'.");
}
