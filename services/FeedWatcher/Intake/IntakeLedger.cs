using LiteDB;

namespace Ingestion.FeedWatcher.Intake;

/// <summary>
/// The durable record of what has been published, so that a restart never publishes an article again. Kept in an
/// embedded LiteDB file beside the feed, not in memory.
/// </summary>
public sealed class IntakeLedger : IDisposable
{
    private readonly LiteDatabase _database;
    private readonly ILiteCollection<LedgerEntry> _published;

    public IntakeLedger(string folder)
    {
        Directory.CreateDirectory(folder);
        _database = new LiteDatabase($"Filename={Path.Combine(folder, "ledger.db")};Connection=direct");
        _published = _database.GetCollection<LedgerEntry>("published");
    }

    /// <summary>The file that first published this article, or null when it never was.</summary>
    public string? FindPublisher(string articleId) => _published.FindById(articleId)?.FileName;

    public void MarkPublished(string articleId, string fileName, DateTimeOffset at) =>
        _published.Upsert(new LedgerEntry { Id = articleId, FileName = fileName, PublishedAtUtc = at.UtcDateTime });

    public int Count() => _published.Count();

    public void Dispose() => _database.Dispose();
}
