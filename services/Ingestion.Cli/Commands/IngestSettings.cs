using System.ComponentModel;
using Spectre.Console.Cli;

namespace Ingestion.Cli.Commands;

/// <summary>The options every command takes.</summary>
public class IngestSettings : CommandSettings
{
    [CommandOption("--verbose")]
    [Description("On failure, print the whole exception with its stack trace, not only one line.")]
    public bool Verbose { get; init; }
}
