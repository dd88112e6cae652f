using System.Threading.Channels;
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
    FileAttempts attempts,
    IOptions<FeedOptions> options,
    TimeProvider time,
    ILogger<FeedScanner> logger) : BackgroundService, IHostedLifecycleService
{
    // Stopping begins before any hosted service stops, so the scan can finish its publishes while the bus is still up;
    // the bus may stop first otherwise, cutting a publish off after the broker took it but before the ledger did.
    private readonly CancellationTokenSource _stopping = new();
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly FeedListing _listing = new(options.Value);
    private TimeSpan _lastLook;
    private TimeSpan? _nextDue;

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
                LogScanFailed(logger, IntakeFailures.Describe(ex));
                LogTrace(logger, ex);
                waiting = 0;
            }

            // Files seen but not yet quiet are taken when the first of them is quiet (its last write plus the quiet
            // period), not a whole quiet period after the event that woke the scan: a file dropped at a steady rate
            // then waits about the quiet period, not up to twice it. Scans come no closer than a tenth of the quiet
            // period (files are taken in small waves, not one listing per file), and a huge folder is never listed
            // more than a fifth of the time (100k files: ~0.4 s of CPU a look). Only the listing counts: a scan that
            // took long because it published many files must not hold the next one back (the load harness saw
            // 40-second stalls after each wave of 1,000 files).
            TimeSpan floor = Max(_lastLook * 4, feed.QuietPeriod / 10);
            TimeSpan wait = Max(waiting > 0 && _nextDue is { } due ? due : feed.ScanInterval, floor);
            long waitStarted = time.GetTimestamp();
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            timeout.CancelAfter(wait);
            try
            {
                await _wake.Reader.ReadAsync(timeout.Token).ConfigureAwait(false);

                // A new file: quiet a quiet period from now, unless a file already waiting is due sooner.
                TimeSpan sooner = Min(feed.QuietPeriod, wait - time.GetElapsedTime(waitStarted));
                await Task.Delay(Max(sooner, floor), time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                // The wait ended without an event: a waiting file is due, or the interval passed.
            }
        }
    }

    /// <summary>Takes every complete file in the feed; returns how many files are still being written.</summary>
    public async Task<int> ScanOnceAsync(CancellationToken cancellationToken)
    {
        if (claims.RecoverAbandoned() is > 0 and int recovered)
        {
            LogRecovered(logger, recovered);
        }

        long lookStarted = time.GetTimestamp();
        FeedLook look = _listing.Look(time.GetUtcNow().UtcDateTime);
        _lastLook = time.GetElapsedTime(lookStarted);
        _nextDue = look.NextDue;
        counters.OldestWaiting(look.OldestAge);
        counters.FilesDiscovered(look.Ready.Count);
        foreach (string link in look.Escaping)
        {
            intake.RefuseEscapingLink(link);
        }

        attempts.Retain(look.Ready.Select(entry => entry.Path));
        await Parallel.ForEachAsync(
            look.Ready,
            new ParallelOptions { MaxDegreeOfParallelism = options.Value.Concurrency, CancellationToken = cancellationToken },
            async (entry, token) =>
            {
                // Waiting out its backoff: a later scan (every Feed:ScanInterval at least) takes it once it is due.
                if (!attempts.IsDue(entry.Path))
                {
                    return;
                }

                // Claimed one at a time, just before reading, so that watchers sharing the feed share its files.
                if (claims.TryClaim(entry) is not { } claimed)
                {
                    return;
                }

                try
                {
                    IntakeOutcome outcome = await intake.ProcessAsync(claimed, token).ConfigureAwait(false);
                    if (outcome != IntakeOutcome.Deferred)
                    {
                        attempts.Forget(entry.Path);
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    OnFailure(entry, claimed, ex);
                }
                finally
                {
                    claims.ReleaseIfHeld(claimed);
                }
            }).ConfigureAwait(false);

        return look.Waiting;
    }

    // One line per failed attempt, the stack trace only at Debug: a file failing every scan must not fill the disk.
    private void OnFailure(FeedEntry entry, FeedEntry claimed, Exception exception)
    {
        string fileName = Path.GetFileName(entry.Path);
        LogTrace(logger, exception);
        if (IntakeFailures.IsTransient(exception))
        {
            // Waited out however long it takes: the file is fine, the broker or the file's writer is not done.
            TimeSpan wait = attempts.RecordTransient(entry.Path);
            LogTransient(logger, fileName, IntakeFailures.Describe(exception), wait.TotalSeconds);
            return;
        }

        (int failures, TimeSpan delay) = attempts.RecordUnknown(entry.Path);
        int limit = options.Value.MaxAttempts;
        if (failures >= limit)
        {
            attempts.Forget(entry.Path);
            intake.GiveUp(claimed, exception, failures);
            return;
        }

        LogAttemptFailed(logger, fileName, failures, limit, IntakeFailures.Describe(exception), delay.TotalSeconds);
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    [LoggerMessage(Level = LogLevel.Information, Message = "Watching {Path}")]
    private static partial void LogWatching(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Error, Message = "Scan failed; retrying on the next interval: {Reason}")]
    private static partial void LogScanFailed(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not take {FileName}, attempt {Attempt} of {MaxAttempts}: {Reason}; next attempt in {Seconds:0.#} s")]
    private static partial void LogAttemptFailed(ILogger logger, string fileName, int attempt, int maxAttempts, string reason, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not take {FileName} for now: {Reason}; it stays in the feed, next attempt in {Seconds:0.#} s")]
    private static partial void LogTransient(ILogger logger, string fileName, string reason, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Put {Count} file(s) left claimed by a stopped watcher back into the feed")]
    private static partial void LogRecovered(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Debug, Message = "The failure in full")]
    private static partial void LogTrace(ILogger logger, Exception exception);
}
