using System.ComponentModel;
using Spectre.Console.Cli;

namespace Ingestion.Cli.Commands.Queues;

public sealed class QueuesSettings : ManagementSettings
{
    [CommandOption("--watch")]
    [Description("Refresh in place every 2 seconds until Ctrl+C.")]
    public bool Watch { get; init; }

    [CommandOption("--json")]
    [Description("Print the queues as JSON.")]
    public bool Json { get; init; }
}
