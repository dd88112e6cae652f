using System.ComponentModel;
using Ingestion.Cli.Dashboard;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Ingestion.Cli.Commands.Run;

public sealed class RunSettings : ConnectSettings
{
    [CommandOption("--feed <DIR>")]
    [Description("The folder to watch for article files.")]
    public string Feed { get; init; } = string.Empty;

    [CommandOption("--data <DIR>")]
    [Description("Where the embedded store and the intake ledger live. Default: ./data")]
    public string Data { get; init; } = "data";

    [CommandOption("--rabbitmq <URI>")]
    [Description("An amqp:// URI. Without it the three services talk over MassTransit's in-memory transport.")]
    public string? RabbitMq { get; init; }

    [CommandOption("--retry-for <SECONDS>")]
    [Description("How long to keep retrying an unreachable broker or MongoDB store at start, with a countdown, before giving up. Default: 60")]
    [DefaultValue(60.0)]
    public double RetryForSeconds { get; init; } = 60;

    public TimeSpan RetryFor => TimeSpan.FromSeconds(RetryForSeconds);

    [CommandOption("--articles <CONN>")]
    [Description("The store: a mongodb:// URI or a LiteDB connection string. Default: LiteDB in {data}/articles.db")]
    public string? Articles { get; init; }

    [CommandOption("--urls <URLS>")]
    [Description("Where the status page listens. Default: " + StatusPage.DefaultUrls)]
    public string Urls { get; init; } = StatusPage.DefaultUrls;

    [CommandOption("--no-dashboard")]
    [Description("Do not serve the status page.")]
    public bool NoDashboard { get; init; }

    [CommandOption("--json")]
    [Description("Print each stored article as one ArticleStored JSON object per line; everything else goes to stderr.")]
    public bool Json { get; init; }

    [CommandOption("--until-idle")]
    [Description("Exit once the feed is empty and every published article is stored.")]
    public bool UntilIdle { get; init; }

    public override ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(Feed))
        {
            return ValidationResult.Error("--feed DIR is required.");
        }

        return RetryForSeconds is >= 0 and <= int.MaxValue / 1000 ? base.Validate() : ValidationResult.Error("--retry-for must be 0 (one try) or more seconds.");
    }
}
