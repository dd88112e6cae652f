using System.Text.Json;
using Ingestion.Contracts;
using Ingestion.FeedWatcher.Intake;
using Ingestion.FeedWatcher.Parsing;
using Microsoft.Extensions.Options;

namespace Ingestion.FeedWatcher.Ledger;

/// <summary>
/// Makes a published article's message again, for the republisher, from the durable copy the feed already keeps: the
/// file in <c>processed/</c>, read again the way it was read the first time (its article ids come from its content, so
/// the same text gives the same id). The ledger keeps only what finds the file and what the file cannot say again:
/// its name and hash, when it was read and its modification time.
/// </summary>
public sealed class PublishedArticleSource(FeedFolders folders, FeedFileReader reader, IOptions<FeedOptions> options)
{
    /// <summary>The message as first published, or null when its file is gone or no longer holds the article.</summary>
    public ArticleDiscovered? Rebuild(LedgerEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.Message is { } kept)
        {
            return JsonSerializer.Deserialize<ArticleDiscovered>(kept);
        }

        if (entry.FileHash is null || folders.FindMoved(entry.FileName, entry.FileHash) is not { } path)
        {
            return null;
        }

        DateTimeOffset? writtenAt = entry.FileWrittenAtUtc is { } written ? new DateTimeOffset(written.ToUniversalTime(), TimeSpan.Zero) : null;
        FeedFile file = reader.Read(path, options.Value.MaxFileBytes, writtenAt) with { FileName = entry.FileName };
        var receivedAt = new DateTimeOffset(entry.PublishedAtUtc.ToUniversalTime(), TimeSpan.Zero);
        return file.Articles
            .Select(article => ArticleDiscoveredFactory.Create(article, file, receivedAt))
            .FirstOrDefault(message => string.Equals(message.ArticleId, entry.Id, StringComparison.Ordinal));
    }
}
