using System.Threading.Channels;
using Ingestion.FeedWatcher.Parsing;
using Ingestion.ServiceDefaults.Messaging;
using MassTransit;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ingestion.FeedWatcher.Intake;

/// <summary>
/// Watches the feed. A periodic scan is the source of truth: file-system events only make the next scan come sooner,
/// because the kernel drops them when its queue overflows. The event handlers only wake the scan. A file is taken
/// once <see cref="FeedListing"/> finds it complete, so one still being written is never read early.
/// </summary>
public sealed partial class FeedScanner(
    IBusControl bus,
    FileIntake intake,
    FeedClaims claims,
    IntakeCounters counters,
    FeedFolders folders,
    ArticleReaders readers,
    IOptions<FeedOptions> options,
    TimeProvider time,
    ILogger<FeedScanner> logger) : BackgroundService, IHostedLifecycleService
{
    // Stopping begins before any hosted service stops, so the scan can finish its publishes while the bus is still up;
    // the bus may stop first otherwise, cutting a publish off after the broker took it but before the ledger did.
    private readonly CancellationTokenSource _stopping = new();
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly FeedListing _listing = new(options.Value, readers.Extensions);
    private TimeSpan _lastLook;

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        if (ExecuteTask is { } running)
        {
            await running.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override void Dispose()
    {
        _stopping.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken hostStoppingToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(hostStoppingToken, _stopping.Token);
        CancellationToken stoppingToken = linked.Token;
        FeedOptions feed = options.Value;
        folders.EnsureExist();
        await bus.WaitUntilHealthyAsync(time, stoppingToken).ConfigureAwait(false);
        using var watcher = new FileSystemWatcher(feed.Path) { IncludeSubdirectories = feed.Recursive, InternalBufferSize = 64 * 1024 };

        // An overflowing event queue loses only hints: the periodic scan still finds every file.
        watcher.Error += (_, _) => _wake.Writer.TryWrite(true);
        watcher.Created += (_, _) => _wake.Writer.TryWrite(true);
        watcher.Changed += (_, _) => _wake.Writer.TryWrite(true);
        watcher.Renamed += (_, _) => _wake.Writer.TryWrite(true);
        watcher.EnableRaisingEvents = true;
        LogWatching(logger, Path.GetFullPath(feed.Path));

        while (!stoppingToken.IsCancellationRequested)
        {
            int waiting;
            try
            {
                waiting = await ScanOnceAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogScanFailed(logger, ex);
                waiting = 0;
            }

            // Files seen but not yet quiet are due again after the quiet period, not after a whole interval; and a
            // huge folder is never listed more than a fifth of the time (100k files: ~0.4 s of CPU a look). Only the
            // listing counts: a scan that took long because it published many files must not hold the next one back
            // (the load harness saw 40-second stalls after each wave of 1,000 files).
            TimeSpan floor = _lastLook * 4;
            TimeSpan wait = Max(waiting > 0 ? feed.QuietPeriod : feed.ScanInterval, floor);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            timeout.CancelAfter(wait);
            try
            {
                await _wake.Reader.ReadAsync(timeout.Token).ConfigureAwait(false);
                await Task.Delay(Max(feed.QuietPeriod, floor), time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                // The interval passed without an event: scan anyway.
            }
        }
    }

    /// <summary>Takes every complete file in the feed; returns how many files are still being written.</summary>
    public async Task<int> ScanOnceAsync(CancellationToken cancellationToken)
    {
        claims.RecoverAbandoned();
        long lookStarted = time.GetTimestamp();
        FeedLook look = _listing.Look(time.GetUtcNow().UtcDateTime);
        _lastLook = time.GetElapsedTime(lookStarted);
        counters.OldestWaiting(look.OldestAge);
        counters.FilesDiscovered(look.Ready.Count);
        foreach (string link in look.Escaping)
        {
            intake.RefuseEscapingLink(link);
        }

        await Parallel.ForEachAsync(
            look.Ready,
            new ParallelOptions { MaxDegreeOfParallelism = options.Value.Concurrency, CancellationToken = cancellationToken },
            async (entry, token) =>
            {
                // Claimed one at a time, just before reading, so that watchers sharing the feed share its files.
                if (claims.TryClaim(entry) is not { } claimed)
                {
                    return;
                }

                try
                {
                    await intake.ProcessAsync(claimed, token).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // The file goes back into the feed and is tried again on the next scan: nothing is lost.
                    LogFileFailed(logger, Path.GetFileName(entry.Path), ex);
                }
                finally
                {
                    claims.ReleaseIfHeld(claimed);
                }
            }).ConfigureAwait(false);

        return look.Waiting;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    [LoggerMessage(Level = LogLevel.Information, Message = "Watching {Path}")]
    private static partial void LogWatching(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Error, Message = "Scan failed; retrying on the next interval")]
    private static partial void LogScanFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not take {FileName}; it stays in the feed for the next scan")]
    private static partial void LogFileFailed(ILogger logger, string fileName, Exception exception);
}
