using System.Collections.Concurrent;
using Ingestion.Contracts;
using Ingestion.FeedWatcher.Parsing;
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
    FeedFolders folders,
    FeedFileReader reader,
    IntakeCounters counters,
    IOptions<FeedOptions> options,
    TimeProvider time,
    ILogger<FileIntake> logger)
{
    // Two files with the same article in one scan must not both publish it.
    private readonly ConcurrentDictionary<string, byte> _inFlight = new(StringComparer.Ordinal);

    public async Task<IntakeOutcome> ProcessAsync(string path, CancellationToken cancellationToken)
    {
        string fileName = Path.GetFileName(path);
        using IDisposable? scope = logger.BeginScope(new Dictionary<string, object> { ["FileName"] = fileName });

        FeedFile file;
        try
        {
            file = reader.Read(path, options.Value.MaxFileBytes);
        }
        catch (ArticleParseException ex)
        {
            folders.MoveToFailed(path, ex.Message, time.GetUtcNow());
            counters.FileFailed();
            LogFailed(logger, fileName, ex.Message);
            return IntakeOutcome.Failed;
        }

        DateTimeOffset receivedAt = time.GetUtcNow();
        var claimed = new List<string>();
        var originals = new List<string>();
        int published = 0;
        try
        {
            foreach (ParsedArticle article in file.Articles)
            {
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
                await publisher.Publish(message, cancellationToken).ConfigureAwait(false);
                ledger.MarkPublished(message.ArticleId, fileName, receivedAt);
                counters.ArticlePublished();
                published++;
                LogPublished(logger, message.ArticleId, fileName);
            }
        }
        finally
        {
            foreach (string articleId in claimed)
            {
                _inFlight.TryRemove(articleId, out _);
            }
        }

        if (published == 0)
        {
            folders.MoveToDuplicates(path, originals.Distinct().ToList(), time.GetUtcNow());
            counters.FileDuplicated();
            LogDuplicate(logger, fileName);
            return IntakeOutcome.Duplicate;
        }

        folders.MoveToProcessed(path);
        return IntakeOutcome.Published;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Moved {FileName} to failed: {Reason}")]
    private static partial void LogFailed(ILogger logger, string fileName, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Published article {ArticleId} from {FileName}")]
    private static partial void LogPublished(ILogger logger, string articleId, string fileName);

    [LoggerMessage(Level = LogLevel.Information, Message = "Every article of {FileName} was published before; moved to duplicates")]
    private static partial void LogDuplicate(ILogger logger, string fileName);
}
