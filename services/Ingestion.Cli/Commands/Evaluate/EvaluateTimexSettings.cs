using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Ingestion.Cli.Commands.Evaluate;

public sealed class EvaluateTimexSettings : IngestSettings
{
    [CommandOption("--gold <DIR>")]
    [Description("Gold TIMEX3: TimeML .tml files (TempEval-3 layout) and/or stand-off .jsonl files, searched recursively.")]
    public string Gold { get; init; } = string.Empty;

    [CommandOption("--text-root <DIR>")]
    [Description("Where the texts of stand-off gold files are read from. Default: ../shared/corpus")]
    public string TextRoot { get; init; } = Path.Combine("..", "shared", "corpus");

    [CommandOption("--held-out <FILE>")]
    [Description("TimeML document ids (one a line) that form the held-out part; the other .tml files are the dev part.")]
    public string? HeldOut { get; init; }

    [CommandOption("--part <PART>")]
    [Description("Score only this part: dev, test (held out), blind (annotated after the rules were frozen) or all. Default: all.")]
    public string Part { get; init; } = "all";

    [CommandOption("--json")]
    [Description("Print the scores as JSON instead of a table.")]
    public bool Json { get; init; }

    [CommandOption("--predictions <FILE>")]
    [Description("Also write the tagger's expressions in the stand-off format (one JSON object per document), e.g. to pre-annotate new gold by hand.")]
    public string? Predictions { get; init; }

    [CommandOption("--failures")]
    [Description("List every missed, spurious and mis-resolved expression.")]
    public bool ShowFailures { get; init; }

    public override ValidationResult Validate()
    {
        if (!Directory.Exists(Gold))
        {
            return ValidationResult.Error($"--gold: no folder '{Gold}'.");
        }

        if (HeldOut is not null && !File.Exists(HeldOut))
        {
            return ValidationResult.Error($"--held-out: no file '{HeldOut}'.");
        }

        return Part is "all" or "dev" or "test" or "blind" ? ValidationResult.Success() : ValidationResult.Error($"--part: '{Part}' is not dev, test, blind or all.");
    }
}
