using LiteDB;
using LiteDB.Engine;

namespace Ingestion.FeedWatcher.Ledger;

/// <summary>
/// The durable record of every article's progress (published → stored, or failed), kept in an embedded LiteDB file
/// beside the feed, not in memory: a restart never publishes an article again, an article not stored in time can be
/// published again (read again from its file in <c>processed/</c>), and <c>ingest status</c> reads it (also while the
/// watcher runs). An entry is small: ids, the file's name and hash, times; never the article's text.
/// </summary>
public sealed class IntakeLedger : IDisposable
{
    public const string FileName = "ledger.db";

    // LiteDB's global mapper builds its type maps lazily and not thread-safely; a private one, built once here, is
    // only read afterwards.
    private static readonly BsonMapper s_mapper = CreateMapper();

    private static readonly BsonArray s_pendingStates = [new BsonValue(nameof(ArticleState.Published)), new BsonValue(nameof(ArticleState.Enriched))];

    // Below every pending time and above null (the index keeps stored and failed entries as null): the range of the
    // pending index that holds the pending entries, in order.
    private static readonly DateTime s_pendingFloor = DateTime.UnixEpoch;

    private readonly LiteDatabase _database;
    private readonly ILiteCollection<LedgerEntry> _articles;

    // A reader's own handles on the ledger's files (see OpenReader); none for the writer.
    private readonly Stream[] _readerStreams = [];

    /// <param name="folder">The state folder (<c>Feed:StatePath</c>).</param>
    /// <param name="readOnly">For readers beside a running watcher, such as <c>ingest status</c>.</param>
    public IntakeLedger(string folder, bool readOnly = false)
    {
        if (readOnly)
        {
            (_database, _readerStreams) = OpenReader(Path.Combine(folder, FileName));
        }
        else
        {
            Directory.CreateDirectory(folder);
            _database = new LiteDatabase($"Filename={Path.Combine(folder, FileName)};Connection=direct", s_mapper);
        }

        _articles = _database.GetCollection<LedgerEntry>("articles");
        if (!readOnly)
        {
            _articles.EnsureIndex(entry => entry.FileName);
            _articles.EnsureIndex(entry => entry.State);
            _articles.EnsureIndex(entry => entry.PendingSinceUtc);

            // Pending entries of a ledger written before the pending index: their clock is their publication.
            _articles.UpdateMany(
                BsonExpression.Create("{ PendingSinceUtc: PublishedAtUtc }"),
                BsonExpression.Create("State IN @0 AND PendingSinceUtc = null", s_pendingStates));
        }
    }

    /// <summary>The file that first published this article, or null when it never was.</summary>
    public string? FindPublisher(string articleId) => _articles.FindById(articleId)?.FileName;

    /// <summary>
    /// Records published articles, in one transaction for all of them: the writes of many files share one log write
    /// and one take of the collection's lock (see <see cref="PublishedRecorder"/>).
    /// </summary>
    public void AddPublished(IReadOnlyCollection<LedgerEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (entries.Count == 0)
        {
            return;
        }

        foreach (LedgerEntry entry in entries)
        {
            entry.State = ArticleState.Published;
            entry.PendingSinceUtc ??= entry.PublishedAtUtc;
        }

        // One call, so one LiteDB transaction: a single log write for the batch.
        _articles.Upsert(entries);
    }

    public LedgerEntry? Find(string articleId) => _articles.FindById(articleId);

    /// <summary>Records that the article went out again; returns false when it was stored or failed meanwhile.</summary>
    public bool MarkRepublished(string articleId, DateTimeOffset at)
    {
        LedgerEntry? entry = _articles.FindById(articleId);
        if (entry is not { State: ArticleState.Published or ArticleState.Enriched })
        {
            return false;
        }

        entry.PendingSinceUtc = at.UtcDateTime;
        entry.Attempts++;
        return _articles.Update(entry);
    }

    public void MarkStored(string articleId, DateTimeOffset at) => MarkStored([articleId], at);

    /// <summary>
    /// Closes the entries of stored articles in one statement: no read-modify-write per article; unknown, stored and
    /// failed articles are left as they are.
    /// </summary>
    /// <returns>How many entries closed.</returns>
    public int MarkStored(IReadOnlyCollection<string> articleIds, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        if (articleIds.Count == 0)
        {
            return 0;
        }

        var ids = new BsonArray(articleIds.Select(id => new BsonValue(id)));
        return _articles.UpdateMany(
            BsonExpression.Create("{ State: @0, StoredAtUtc: @1, PendingSinceUtc: null, Failure: null, Message: null }", nameof(ArticleState.Stored), at.UtcDateTime),
            BsonExpression.Create("_id IN @0 AND State IN @1", ids, s_pendingStates));
    }

    public void MarkFailed(string articleId, string reason)
    {
        LedgerEntry? entry = _articles.FindById(articleId);
        if (entry is null || entry.State == ArticleState.Stored)
        {
            return;
        }

        entry.State = ArticleState.Failed;
        entry.Failure = reason;
        entry.PendingSinceUtc = null;
        _articles.Update(entry);
    }

    /// <summary>The ids of articles not yet found in the store, the longest pending first, at most <paramref name="limit"/>.</summary>
    public IReadOnlyList<string> PendingIds(int limit) =>
        [.. _articles.Query()
            .Where(e => e.PendingSinceUtc >= s_pendingFloor)
            .OrderBy(e => e.PendingSinceUtc)
            .Select(e => e.Id)
            .Limit(limit)
            .ToEnumerable()];

    /// <summary>Articles pending since <paramref name="cutoff"/> or before, oldest first.</summary>
    /// <remarks>At or before: LiteDB keeps times to the millisecond, so an article published in the cutoff's millisecond compares equal.</remarks>
    public IReadOnlyList<LedgerEntry> PublishedBefore(DateTimeOffset cutoff, int limit) =>
        [.. _articles.Query()
            .Where(e => e.PendingSinceUtc >= s_pendingFloor && e.PendingSinceUtc <= cutoff.UtcDateTime)
            .OrderBy(e => e.PendingSinceUtc)
            .Limit(limit)
            .ToEnumerable()];

    public IReadOnlyList<LedgerEntry> ForFile(string fileName) => [.. _articles.Find(e => e.FileName == fileName)];

    public IReadOnlyList<LedgerEntry> InState(ArticleState state) => [.. _articles.Find(e => e.State == state)];

    /// <summary>The last <paramref name="limit"/> articles reported stored, newest first (the status page's list).</summary>
    public IReadOnlyList<LedgerEntry> RecentlyStored(int limit) =>
        [.. _articles.Query().Where(e => e.State == ArticleState.Stored).OrderByDescending(e => e.StoredAtUtc).Limit(limit).ToEnumerable()];

    public IReadOnlyDictionary<ArticleState, int> CountByState() =>
        Enum.GetValues<ArticleState>().ToDictionary(state => state, state => _articles.Count(e => e.State == state));

    public int Count() => _articles.Count();

    /// <summary>Copies the log into the data file and empties the log, as LiteDB does by itself every 1,000 log pages.</summary>
    internal void Checkpoint() => _database.Checkpoint();

    public void Dispose()
    {
        _database.Dispose();
        foreach (Stream stream in _readerStreams)
        {
            stream.Dispose();
        }
    }

    /// <summary>
    /// Opens the ledger read-only over handles of our own. LiteDB's own read-only file mode deletes the log file when
    /// it finds it empty as it closes, which it is right after the writer's checkpoint: the running watcher then writes
    /// its commits into a file no longer in the folder, invisible to every later reader and lost if the watcher is
    /// killed. Over streams LiteDB never deletes, and the writer's files stay as they are.
    /// </summary>
    private static (LiteDatabase Database, Stream[] Streams) OpenReader(string path)
    {
        const FileShare besideTheWriter = FileShare.ReadWrite | FileShare.Delete;
        string logPath = Path.Combine(Path.GetDirectoryName(path)!, Path.GetFileNameWithoutExtension(path) + "-log" + Path.GetExtension(path));
        var data = new FileStream(path, FileMode.Open, FileAccess.Read, besideTheWriter);
        Stream log;
        try
        {
            log = new FileStream(logPath, FileMode.Open, FileAccess.Read, besideTheWriter);
        }
        catch (FileNotFoundException)
        {
            // No log (the writer is closed, or has not written since it opened): an empty one, read from memory.
            log = new MemoryStream();
        }

        try
        {
            var engine = new LiteEngine(new EngineSettings { DataStream = data, LogStream = log, ReadOnly = true });
            return (new LiteDatabase(engine, s_mapper, disposeOnClose: true), [data, log]);
        }
        catch
        {
            data.Dispose();
            log.Dispose();
            throw;
        }
    }

    private static BsonMapper CreateMapper()
    {
        var mapper = new BsonMapper();
        _ = mapper.ToDocument(new LedgerEntry { Id = string.Empty, FileName = string.Empty });
        return mapper;
    }
}
