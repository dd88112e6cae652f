using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Ingestion.Cli.Commands.Evaluate;

public sealed class EvaluateDatesSettings : IngestSettings
{
    [CommandOption("--json")]
    [Description("Print the scores as one JSON object instead of a table.")]
    public bool Json { get; init; }

    [CommandOption("--cases <DIR>")]
    [Description("A folder of Recognizers-Text Arabic DateTime spec files. Default: shared/data/corpus/dates-ar")]
    public string Cases { get; init; } = Path.Combine("shared", "data", "corpus", "dates-ar");

    [CommandOption("--failures")]
    [Description("List every failed case with what was expected and what was found.")]
    public bool ShowFailures { get; init; }

    public override ValidationResult Validate() =>
        Directory.Exists(Cases) ? ValidationResult.Success() : ValidationResult.Error($"No folder '{Cases}'.");
}
