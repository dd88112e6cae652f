using System.ComponentModel;
using Ingestion.Cli.Dashboard;
using Ingestion.Cli.Management;
using Ingestion.Cli.Running;
using Spectre.Console.Cli;

namespace Ingestion.Cli.Commands.Dashboard;

public sealed class DashboardSettings : ManagementSettings
{
    [CommandOption("--feed <DIR>")]
    [Description("The watched folder. Default: Feed__Path, else ./feed")]
    public string? Feed { get; init; }

    [CommandOption("--data <DIR>")]
    [Description("The data folder of 'ingest run': the store {data}/articles.db and the ledger {data}/intake. Default: ./data")]
    public string Data { get; init; } = "data";

    [CommandOption("--state <DIR>")]
    [Description("The ledger's folder. Default: Feed__StatePath, else whichever holds a ledger: {feed}/.ingest (a feed-watcher service) or {data}/intake (ingest run).")]
    public string? State { get; init; }

    [CommandOption("--articles <CONN>")]
    [Description("The store: a mongodb:// URI or a LiteDB connection string. Default: ConnectionStrings__Articles, else {data}/articles.db")]
    public string? Articles { get; init; }

    [CommandOption("--rabbitmq <URI>")]
    [Description("The broker whose queues to show. Default: ConnectionStrings__RabbitMq; without either, no queues are shown (in-memory bus).")]
    public string? RabbitMq { get; init; }

    [CommandOption("--urls <URLS>")]
    [Description("Where the page listens. Default: " + StatusPage.DefaultUrls)]
    public string Urls { get; init; } = StatusPage.DefaultUrls;

    public string ResolveFeed() => Path.GetFullPath(Feed ?? Environment.GetEnvironmentVariable("Feed__Path") ?? "feed");

    /// <summary>The same ledger <c>ingest status</c> reads.</summary>
    public string ResolveState() => LedgerLocation.Resolve(State, Data, ResolveFeed()).Path;

    public string ResolveArticles() =>
        Articles
        ?? Environment.GetEnvironmentVariable("ConnectionStrings__Articles")
        ?? $"Filename={Path.GetFullPath(Path.Combine(Data, "articles.db"))};Connection=shared";

    /// <summary>The management API when a broker is named (option, variable or management URL); null for an in-memory run.</summary>
    public ManagementEndpoint? ResolveBroker()
    {
        string? amqp = RabbitMq ?? Environment.GetEnvironmentVariable("ConnectionStrings__RabbitMq");
        string? management = Management ?? Environment.GetEnvironmentVariable("Management__Url");
        return string.IsNullOrWhiteSpace(amqp) && string.IsNullOrWhiteSpace(management)
            ? null
            : ManagementEndpoint.Resolve(Management, Environment.GetEnvironmentVariable("Management__Url"), amqp, VirtualHost);
    }
}
