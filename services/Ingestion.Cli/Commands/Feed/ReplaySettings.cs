using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Ingestion.Cli.Commands.Feed;

public sealed class ReplaySettings : IngestSettings
{
    [CommandArgument(0, "[FILE]")]
    [Description("A file name in the failed folder.")]
    public string? File { get; init; }

    [CommandOption("--failed")]
    [Description("Replay every failed file.")]
    public bool AllFailed { get; init; }

    [CommandOption("--feed <DIR>")]
    [Description("The watched folder. Default: Feed__Path.")]
    public string? Feed { get; init; }

    public string ResolveFeed() => Feed ?? Environment.GetEnvironmentVariable("Feed__Path") ?? throw new InvalidOperationException("Give --feed DIR or set Feed__Path.");

    public override ValidationResult Validate() =>
        (File is null) == AllFailed ? ValidationResult.Success() : ValidationResult.Error("Give either a FILE or --failed.");
}
