using Ingestion.Cli.Connecting;
using Ingestion.Cli.Dashboard;
using Ingestion.Cli.Management;
using Ingestion.Cli.Running;
using Ingestion.Cli.Terminal;
using Ingestion.Enrichment;
using Ingestion.FeedWatcher;
using Ingestion.FeedWatcher.Intake;
using Ingestion.FeedWatcher.Ledger;
using Ingestion.ServiceDefaults.Hosting;
using Ingestion.ServiceDefaults.Messaging;
using Ingestion.Storage;
using Ingestion.Storage.Persistence;
using Ingestion.Storage.Persistence.Mongo;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using MongoDB.Driver;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Ingestion.Cli.Commands.Run;

/// <summary><c>ingest run</c>: the three services composed in one process from the same extensions their hosts use.</summary>
public sealed class RunCommand : AsyncCommand<RunSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, RunSettings settings, CancellationToken cancellationToken)
    {
        string data = Path.GetFullPath(settings.Data);
        Directory.CreateDirectory(data);
        string articles = settings.Articles ?? $"Filename={Path.Combine(data, "articles.db")};Connection=shared";

        // A local, interactive run: Development unless DOTNET_ENVIRONMENT says otherwise (guest/guest on localhost is
        // accepted only there).
        HostApplicationBuilder builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            EnvironmentName = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? Environments.Development,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Feed:Path"] = Path.GetFullPath(settings.Feed),
            ["Feed:StatePath"] = Path.Combine(data, "intake"),
            ["ConnectionStrings:Articles"] = articles,

            // No --rabbitmq means the in-memory transport, whatever the environment says.
            ["ConnectionStrings:RabbitMq"] = settings.RabbitMq ?? string.Empty,
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Ingestion"] = "Information",
        });

        builder.AddServiceDefaults();
        builder.AddFeedWatcher();
        builder.AddEnrichment();
        builder.AddStorage();
        builder.Services.AddSingleton(new StoredArticleReporter(settings.Json));

        // Logs are not data: stdout carries only what the command reports (the stored articles).
        builder.Services.Configure<ConsoleLoggerOptions>(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.AddIngestionBus(builder.Configuration, bus =>
        {
            bus.AddFeedWatcherConsumers();
            bus.AddEnrichmentConsumers();
            bus.AddStorageConsumers();
            bus.AddConsumer<ArticleStoredConsoleConsumer>();
        });
        if (settings.UntilIdle)
        {
            builder.Services.AddHostedService<StopWhenIdle>();
        }

        // Before the host starts: MassTransit and the store would otherwise retry an unreachable server in the
        // background, forever, with a stack trace per try.
        await new ReachabilityWait(Console.Error, !Console.IsErrorRedirected, TimeProvider.System)
            .UntilReachableAsync(ct => ProbeAsync(settings, articles, ct), settings.RetryFor, cancellationToken)
            .ConfigureAwait(false);

        using IHost host = builder.Build();
        StoredArticleReporter reporter = host.Services.GetRequiredService<StoredArticleReporter>();
        // Under --json, stdout is the stored articles only; the rest is for the person at the terminal.
        IAnsiConsole say = settings.Json ? TerminalOutput.ForErrors() : AnsiConsole.Console;
        say.MarkupLineInterpolated($"[bold]Ingestion[/] watching [blue]{Path.GetFullPath(settings.Feed)}[/]; store: [blue]{Redacted(articles)}[/]; bus: [blue]{(settings.RabbitMq is null ? "in-memory" : "RabbitMQ")}[/]. Ctrl+C stops.");
        await host.StartAsync(cancellationToken).ConfigureAwait(false);
        using RabbitMqManagementClient? management = settings.RabbitMq is null ? null : new RabbitMqManagementClient(ManagementEndpoint.FromAmqp(RabbitMqAddress.Parse(settings.RabbitMq)));
        WebApplication? page = settings.NoDashboard ? null : await StartStatusPageAsync(say, host.Services, management, settings.Urls, cancellationToken).ConfigureAwait(false);
        try
        {
            await host.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (page is not null)
            {
                await page.DisposeAsync().ConfigureAwait(false);
            }
        }

        say.MarkupLineInterpolated($"Stored {reporter.Stored} article(s).");
        return 0;
    }

    private static async Task ProbeAsync(RunSettings settings, string articles, CancellationToken cancellationToken)
    {
        if (settings.RabbitMq is not null)
        {
            await BrokerProbe.EnsureReachableAsync(settings.RabbitMq, settings.ConnectTimeout, cancellationToken).ConfigureAwait(false);
        }

        if (ArticleStoreFactory.KindOf(articles) == MongoArticleStore.StoreKind)
        {
            await ArticleStoreConnection.EnsureMongoListensAsync(MongoUrl.Create(articles.Trim()), settings.ConnectTimeout, cancellationToken).ConfigureAwait(false);
        }
    }

    // The page reads the run's own ledger and store instances; a port already taken costs the page, not the run.
    private static async Task<WebApplication?> StartStatusPageAsync(IAnsiConsole say, IServiceProvider services, RabbitMqManagementClient? management, string urls, CancellationToken cancellationToken)
    {
        FeedOptions feed = services.GetRequiredService<IOptions<FeedOptions>>().Value;
        var sources = new DashboardSources(feed, new LedgerReader(feed.ResolvedStatePath, services.GetRequiredService<IntakeLedger>()), services.GetRequiredService<IArticleStore>(), management);
        try
        {
            WebApplication page = await StatusPage.StartAsync(sources, urls, cancellationToken).ConfigureAwait(false);
            say.MarkupLineInterpolated($"Status page: [link]{StatusPage.Address(page)}[/]");
            return page;
        }
        catch (IOException ex)
        {
            say.MarkupLineInterpolated($"[yellow]No status page: {ex.Message} (choose another with --urls, or --no-dashboard).[/]");
            return null;
        }
    }

    // The store may be a mongodb:// URI with a password; a LiteDB file path has nothing to hide.
    private static string Redacted(string connectionString) =>
        Uri.TryCreate(connectionString, UriKind.Absolute, out Uri? uri) && !string.IsNullOrEmpty(uri.UserInfo)
            ? RabbitMqAddress.Redact(uri)
            : connectionString;
}
