using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Ingestion.Cli.Commands.Articles;

public sealed class ExportSettings : ArticlesSettings
{
    [CommandOption("--format <FORMAT>")]
    [Description("Output format. Only jsonl (one JSON object per line) for now.")]
    public string Format { get; init; } = "jsonl";

    public override ValidationResult Validate() =>
        Format == "jsonl" ? base.Validate() : ValidationResult.Error($"Unknown format '{Format}'; use jsonl.");
}
