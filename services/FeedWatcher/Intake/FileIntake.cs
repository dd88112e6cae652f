using System.Collections.Concurrent;
using Ingestion.Contracts;
using Ingestion.FeedWatcher.Ledger;
using Ingestion.FeedWatcher.Parsing;
using Ingestion.ServiceDefaults.Hosting;
using MassTransit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ingestion.FeedWatcher.Intake;

/// <summary>
/// Takes one complete feed file through read → parse → publish → move. A file leaves the feed only after every
/// article in it is confirmed by the broker, so a crash or a broker outage never loses one: the next scan retries it,
/// and the ledger keeps what was already published from going out twice.
/// </summary>
public sealed partial class FileIntake(
    IBus publisher,
    IntakeLedger ledger,
    PublishedRecorder recorder,
    FeedFolders folders,
    FeedFileReader reader,
    IntakeCounters counters,
    IOptions<FeedOptions> options,
    TimeProvider time,
    ILogger<FileIntake> logger,
    HostRestart? restart = null)
{
    // Two files with the same article in one scan must not both publish it.
    private readonly ConcurrentDictionary<string, byte> _inFlight = new(StringComparer.Ordinal);

    public Task<IntakeOutcome> ProcessAsync(string path, CancellationToken cancellationToken) =>
        ProcessAsync(new FeedEntry(path, null), cancellationToken);

    public async Task<IntakeOutcome> ProcessAsync(FeedEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        string fileName = Path.GetFileName(entry.Path);
        using IDisposable? scope = logger.BeginScope("File {FileName}", fileName);

        FeedFile file;
        try
        {
            file = reader.Read(entry.Path, options.Value.MaxFileBytes, entry.WrittenAt is { } written ? ToMilliseconds(written) : null);
        }
        catch (ArticleParseException ex)
        {
            Fail(entry, ex, ex.FileHash);
            return IntakeOutcome.Failed;
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            LogVanished(logger, fileName);
            return IntakeOutcome.Vanished;
        }
        catch (Exception ex) when (ex is not OperationCanceledException && !IntakeFailures.IsTransient(ex))
        {
            // Reading and parsing depend on nothing but the file: whatever a reader throws, another try throws again.
            LogFailureTrace(logger, fileName, ex);
            Fail(entry, new ArticleParseException($"The file could not be read: {IntakeFailures.Describe(ex)}", ex), null);
            return IntakeOutcome.Failed;
        }

        using IDisposable? hashScope = logger.BeginScope("SHA-256 {FileHash}", file.FileHash);
        DateTimeOffset receivedAt = ToMilliseconds(time.GetUtcNow());
        var claimed = new List<string>();
        var recorded = new List<LedgerEntry>();
        var originals = new List<string>();
        int published = 0;
        try
        {
            foreach (ParsedArticle article in file.Articles)
            {
                cancellationToken.ThrowIfCancellationRequested();
                ArticleDiscovered message = ArticleDiscoveredFactory.Create(article, file, receivedAt);
                if (ledger.FindPublisher(message.ArticleId) is { } original)
                {
                    originals.Add(original);
                    continue;
                }

                if (!_inFlight.TryAdd(message.ArticleId, 0))
                {
                    return IntakeOutcome.Deferred;
                }

                claimed.Add(message.ArticleId);

                // Again, now that it is ours: another file may have published it between the look above and the
                // claim (it marks the ledger before it lets go). Seen in a run of 215 files, where two files with the
                // same item, taken 70 ms apart, both published it.
                if (ledger.FindPublisher(message.ArticleId) is { } publishedMeanwhile)
                {
                    originals.Add(publishedMeanwhile);
                    continue;
                }
                using IDisposable? articleScope = logger.BeginScope("Article {ArticleId}", message.ArticleId);

                // A publish once begun is not cancelled by shutdown: cut off before the broker's confirm, it would be
                // sent but not recorded, and published again after the restart.
                await PublishAsync(message).ConfigureAwait(false);
                recorded.Add(new LedgerEntry
                {
                    Id = message.ArticleId,
                    FileName = file.FileName,
                    FileHash = file.FileHash,
                    FileWrittenAtUtc = entry.WrittenAt is { } written ? ToMilliseconds(written).UtcDateTime : null,
                    PublishedAtUtc = receivedAt.UtcDateTime,
                });
                counters.ArticlePublished();
                published++;
                LogPublished(logger, message.ArticleId, fileName, file.FileHash);
            }
        }
        finally
        {
            // Before the claims go: another file with the same article must find it in the ledger. Also when a publish
            // failed, so that what was confirmed before it is not published again with the retry.
            try
            {
                await recorder.RecordAsync(recorded).ConfigureAwait(false);
            }
            finally
            {
                foreach (string articleId in claimed)
                {
                    _inFlight.TryRemove(articleId, out _);
                }
            }
        }

        if (published == 0)
        {
            string moved = folders.MoveToDuplicates(entry.Path, originals.Distinct().ToList(), time.GetUtcNow());
            folders.MoveCompanions(entry.Path, moved);
            counters.FileDuplicated();
            LogDuplicate(logger, fileName, file.FileHash);
            return IntakeOutcome.Duplicate;
        }

        folders.MoveCompanions(entry.Path, folders.MoveToProcessed(entry.Path));
        counters.FileProcessed();
        LogProcessed(logger, fileName, file.FileHash, published);
        return IntakeOutcome.Published;
    }

    /// <summary>
    /// Publishes, but waits for the broker's confirm no longer than <see cref="FeedOptions.PublishTimeout"/>. A publish
    /// on a channel the broker closed can wait for good in MassTransit 8.5.12 over RabbitMQ.Client 7.2.2, and every later
    /// publish queues behind it: past the limit the file goes back into the feed (the caller releases it) and the service
    /// exits to be restarted with a fresh connection. The article may then go out twice, which the store's upsert absorbs.
    /// </summary>
    private async Task PublishAsync(ArticleDiscovered message)
    {
        TimeSpan limit = options.Value.PublishTimeout;
        try
        {
            await publisher.Publish(message, CancellationToken.None).WaitAsync(limit).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            string reason = $"Publishing article {message.ArticleId} was not confirmed within {limit.TotalSeconds:0} s.";
            restart?.Request(reason);
            throw new TimeoutException(reason);
        }
    }

    // The ledger keeps milliseconds: the times on the message are cut to them, so that an article published again
    // from its file carries the same times as the first time.
    private static DateTimeOffset ToMilliseconds(DateTimeOffset at) => new(at.Ticks - (at.Ticks % TimeSpan.TicksPerMillisecond), at.Offset);

    /// <summary>A link out of the feed is never followed: the link itself goes to <c>failed/</c>.</summary>
    public void RefuseEscapingLink(string path) =>
        Fail(new FeedEntry(path, null), new ArticleParseException("A symbolic link to a file outside the feed: not followed."), null);

    /// <summary>Moves a file that kept failing for an unknown reason to <c>failed/</c>, the last failure as its reason.</summary>
    public void GiveUp(FeedEntry entry, Exception lastFailure, int attempts)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(lastFailure);
        Fail(entry, new ArticleParseException($"Failed {attempts} times; the last time: {IntakeFailures.Describe(lastFailure)}", lastFailure), null);
    }

    private void Fail(FeedEntry entry, Exception reason, string? fileHash)
    {
        string moved = folders.MoveToFailed(entry.Path, reason, fileHash, time.GetUtcNow());
        folders.MoveCompanions(entry.Path, moved);
        counters.FileFailed();
        LogFailed(logger, Path.GetFileName(entry.Path), fileHash ?? "-", reason.Message);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Moved {FileName} ({FileHash}) to failed: {Reason}")]
    private static partial void LogFailed(ILogger logger, string fileName, string fileHash, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Reading {FileName} failed")]
    private static partial void LogFailureTrace(ILogger logger, string fileName, Exception exception);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Published article {ArticleId} from {FileName} ({FileHash})")]
    private static partial void LogPublished(ILogger logger, string articleId, string fileName, string fileHash);

    [LoggerMessage(Level = LogLevel.Information, Message = "Processed {FileName} ({FileHash}): {Count} article(s) published")]
    private static partial void LogProcessed(ILogger logger, string fileName, string fileHash, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Every article of {FileName} ({FileHash}) was published before; moved to duplicates")]
    private static partial void LogDuplicate(ILogger logger, string fileName, string fileHash);

    [LoggerMessage(Level = LogLevel.Information, Message = "{FileName} vanished before it could be read")]
    private static partial void LogVanished(ILogger logger, string fileName);
}
