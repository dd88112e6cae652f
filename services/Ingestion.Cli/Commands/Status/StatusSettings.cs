using System.ComponentModel;
using Ingestion.Cli.Invocation;
using Ingestion.Cli.Running;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Ingestion.Cli.Commands.Status;

public sealed class StatusSettings : IngestSettings
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

    [CommandOption("--data <DIR>")]
    [Description("The data folder of 'ingest run', whose ledger is {data}/intake. Default: ./data")]
    public string Data { get; init; } = "data";

    [CommandOption("--state <DIR>")]
    [Description("The ledger's folder. Default: Feed__StatePath, else whichever holds a ledger: {feed}/.ingest (a feed-watcher service) or {data}/intake (ingest run).")]
    public string? State { get; init; }

    [CommandOption("--json")]
    [Description("Print the same as JSON.")]
    public bool Json { get; init; }

    public string ResolveFeed() => Feed ?? Environment.GetEnvironmentVariable("Feed__Path") ?? throw new UsageException("Give --feed DIR or set Feed__Path.");

    public LedgerLocation ResolveLedger() => LedgerLocation.Resolve(State, Data, ResolveFeed());

    public override ValidationResult Validate() =>
        new[] { File is not null, Pending, Failed }.Count(chosen => chosen) <= 1
            ? ValidationResult.Success()
            : ValidationResult.Error("Give at most one of FILE, --pending and --failed.");
}
