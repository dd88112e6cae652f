using Ingestion.FeedWatcher.Intake;
using Ingestion.FeedWatcher.Ledger;
using Ingestion.FeedWatcher.Parsing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Ingestion.Cli.Running;

/// <summary>
/// For <c>ingest run --until-idle</c>: stops the host once no article file waits in the feed and every article
/// published in this run has come back as stored.
/// </summary>
public sealed class StopWhenIdle(
    IHostApplicationLifetime lifetime,
    IOptions<FeedOptions> feed,
    ArticleReaders readers,
    FeedClaims claims,
    IntakeCounters intake,
    StoredArticleReporter stored,
    StalledArticleRepublisher ledgerSweep,
    TimeProvider time) : BackgroundService
{
    private static readonly TimeSpan s_poll = TimeSpan.FromMilliseconds(250);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Two idle looks in a row, so a file that lands between a scan and a look is not missed.
        int idleLooks = 0;
        while (!stoppingToken.IsCancellationRequested && idleLooks < 2)
        {
            await Task.Delay(s_poll, time, stoppingToken).ConfigureAwait(false);
            // A file being read and published has left the feed for the watcher's claim folder.
            bool feedEmpty = !Directory.EnumerateFiles(feed.Value.Path).Any(path => FeedFileFilter.IsCandidate(path, readers.Extensions)) && !claims.HoldsAny();
            idleLooks = feedEmpty && stored.Stored >= intake.Published ? idleLooks + 1 : 0;
        }

        // The ledger learns what was stored every few seconds; once more now, so that `ingest status` after the run
        // shows every article stored.
        if (!stoppingToken.IsCancellationRequested)
        {
            await ledgerSweep.ConfirmStoredAsync(stoppingToken).ConfigureAwait(false);
        }

        lifetime.StopApplication();
    }
}
