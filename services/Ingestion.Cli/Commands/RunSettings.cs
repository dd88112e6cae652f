using System.ComponentModel;
using Ingestion.Cli.Dashboard;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Ingestion.Cli.Commands;

public sealed class RunSettings : CommandSettings
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

    [CommandOption("--articles <CONN>")]
    [Description("The store: a mongodb:// URI or a LiteDB connection string. Default: LiteDB in {data}/articles.db")]
    public string? Articles { get; init; }

    [CommandOption("--urls <URLS>")]
    [Description("Where the status page listens. Default: " + StatusPage.DefaultUrls)]
    public string Urls { get; init; } = StatusPage.DefaultUrls;

    [CommandOption("--no-dashboard")]
    [Description("Do not serve the status page.")]
    public bool NoDashboard { get; init; }

    [CommandOption("--until-idle")]
    [Description("Exit once the feed is empty and every published article is stored.")]
    public bool UntilIdle { get; init; }

    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Feed) ? ValidationResult.Error("--feed DIR is required.") : ValidationResult.Success();
}
