using Ingestion.Cli.Dashboard;
using Ingestion.Cli.Management;
using Ingestion.FeedWatcher.Intake;
using Ingestion.Storage.Persistence;
using Microsoft.AspNetCore.Builder;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Ingestion.Cli.Commands.Dashboard;

/// <summary><c>ingest dashboard</c>: the status page beside services that run elsewhere (or beside another <c>ingest run</c>).</summary>
public sealed class DashboardCommand : AsyncCommand<DashboardSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, DashboardSettings settings, CancellationToken cancellationToken)
    {
        var feed = new FeedOptions { Path = settings.ResolveFeed(), StatePath = settings.ResolveState() };
        ManagementEndpoint? broker = settings.ResolveBroker();
        using RabbitMqManagementClient? management = broker is null ? null : new RabbitMqManagementClient(broker, timeout: settings.ConnectTimeout);
        await using IArticleStore store = ArticleStoreFactory.Create(settings.ResolveArticles());
        var sources = new DashboardSources(feed, new LedgerReader(feed.ResolvedStatePath), store, management);

        WebApplication page = await StatusPage.StartAsync(sources, settings.Urls, cancellationToken).ConfigureAwait(false);
        await using (page.ConfigureAwait(false))
        {
            AnsiConsole.MarkupLineInterpolated($"[bold]Status page[/] at [link]{StatusPage.Address(page)}[/] for feed [blue]{feed.Path}[/]; queues: [blue]{broker?.ToString() ?? "none (in-memory bus)"}[/]. Ctrl+C stops.");
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C: the normal way out.
            }

            await page.StopAsync(CancellationToken.None).ConfigureAwait(false);
        }

        return 0;
    }
}
