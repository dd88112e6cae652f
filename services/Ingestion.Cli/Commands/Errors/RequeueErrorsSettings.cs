using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Ingestion.Cli.Commands.Errors;

public sealed class RequeueErrorsSettings : ManagementSettings
{
    [CommandOption("--queue <QUEUE>")]
    [Description("The queue to move the messages back to, or its error queue (article-enriched or article-enriched_error).")]
    public string? Queue { get; init; }

    [CommandOption("--all")]
    [Description("Requeue every *_error queue of the virtual host.")]
    public bool All { get; init; }

    [CommandOption("--json")]
    [Description("Print [[{errorQueue, targetQueue, moved, putBack, skipped}]] instead of one line per queue.")]
    public bool Json { get; init; }

    public override ValidationResult Validate() =>
        (Queue is null) == All ? base.Validate() : ValidationResult.Error("Give either --queue QUEUE or --all.");
}
