using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Ingestion.Cli.Commands.Errors;

public sealed class ListErrorsSettings : ManagementSettings
{
    [CommandOption("--queue <QUEUE>")]
    [Description("One queue: its name or its error queue's name (article-enriched or article-enriched_error). Default: every *_error queue.")]
    public string? Queue { get; init; }

    [CommandOption("--limit <N>")]
    [Description("At most this many messages per error queue. Default: 100.")]
    [DefaultValue(100)]
    public int Limit { get; init; } = 100;

    [CommandOption("--json")]
    [Description("Print the messages as JSON.")]
    public bool Json { get; init; }

    public override ValidationResult Validate() =>
        Limit > 0 ? base.Validate() : ValidationResult.Error("--limit must be positive.");
}
