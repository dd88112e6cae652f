using System.ComponentModel;
using Ingestion.Cli.Invocation;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Ingestion.Cli.Commands.Feed;

public sealed class RetrySettings : IngestSettings
{
    [CommandArgument(0, "[FILE]")]
    [Description("A file name in the failed folder.")]
    public string? File { get; init; }

    [CommandOption("--failed")]
    [Description("Retry every failed file.")]
    public bool AllFailed { get; init; }

    [CommandOption("--feed <DIR>")]
    [Description("The watched folder. Default: Feed__Path.")]
    public string? Feed { get; init; }

    [CommandOption("--json")]
    [Description("Print [[{file, movedTo}]] instead of one line per file.")]
    public bool Json { get; init; }

    public string ResolveFeed() => Feed ?? Environment.GetEnvironmentVariable("Feed__Path") ?? throw new UsageException("Give --feed DIR or set Feed__Path.");

    public override ValidationResult Validate() =>
        (File is null) == AllFailed ? ValidationResult.Success() : ValidationResult.Error("Give either a FILE or --failed.");
}
