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
    [Description("Gold data: TOKEN TAG per line (BIO), a blank line between sentences; or stand-off gold (.jsonl: offsets into texts read from --text-root).")]
    public string Gold { get; init; } = string.Empty;

    [CommandOption("--model <MODEL>")]
    [Description("A model written by 'ingest train ner'. Default: the shipped model for the gold data's language.")]
    public string? Model { get; init; }

    [CommandOption("--engine")]
    [Description("Score the whole recognizer (model, then titles, gazetteers and consistency rules) on the gold text, not the model alone.")]
    public bool Engine { get; init; }

    [CommandOption("--text-root <DIR>")]
    [Description("Where the texts of stand-off gold are read from. Default: ../shared/corpus")]
    public string TextRoot { get; init; } = Path.Combine("..", "shared", "corpus");

    [CommandOption("--part <PART>")]
    [Description("Stand-off gold only: score the dev part, the held-out test part, or all. Default: all.")]
    public string Part { get; init; } = "all";

    /// <summary>Whether <see cref="Gold"/> is stand-off gold rather than CoNLL.</summary>
    public bool Standoff => Gold.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase);

    [CommandOption("--output <PRED>")]
    [Description("Write the tokens with the predicted tags, in the same format.")]
    public string? Output { get; init; }

    public override ValidationResult Validate()
    {
        if (!File.Exists(Gold))
        {
            return ValidationResult.Error($"--gold: no file '{Gold}'.");
        }

        if (Standoff && !Directory.Exists(TextRoot))
        {
            return ValidationResult.Error($"--text-root: no folder '{TextRoot}' (stand-off gold keeps no text; its texts are read from there).");
        }

        return Part is "all" or "dev" or "test" ? ValidationResult.Success() : ValidationResult.Error($"--part: '{Part}' is not dev, test or all.");
    }
}
