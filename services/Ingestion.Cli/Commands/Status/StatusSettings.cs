using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Ingestion.Cli.Commands.Status;

public sealed class StatusSettings : CommandSettings
{
    [CommandArgument(0, "[FILE]")]
    [Description("A feed file name: its articles and how far each got.")]
    public string? File { get; init; }

    [CommandOption("--pending")]
    [Description("Articles published but not yet stored (published or enriched).")]
    public bool Pending { get; init; }

    [CommandOption("--failed")]
    [Description("Files that could not be read, and articles a service gave up on.")]
    public bool Failed { get; init; }

    [CommandOption("--feed <DIR>")]
    [Description("The watched folder. Default: Feed__Path.")]
    public string? Feed { get; init; }

    [CommandOption("--state <DIR>")]
    [Description("The ledger's folder. Default: Feed__StatePath, else {feed}/.ingest; for 'ingest run', {data}/intake.")]
    public string? State { get; init; }

    public string ResolveFeed() => Feed ?? Environment.GetEnvironmentVariable("Feed__Path") ?? throw new InvalidOperationException("Give --feed DIR or set Feed__Path.");

    public string ResolveState() => State ?? Environment.GetEnvironmentVariable("Feed__StatePath") ?? Path.Combine(ResolveFeed(), ".ingest");

    public override ValidationResult Validate() =>
        new[] { File is not null, Pending, Failed }.Count(chosen => chosen) <= 1
            ? ValidationResult.Success()
            : ValidationResult.Error("Give at most one of FILE, --pending and --failed.");
}
