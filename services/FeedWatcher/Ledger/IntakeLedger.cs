using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Ingestion.Contracts;
using LiteDB;

namespace Ingestion.FeedWatcher.Ledger;

/// <summary>
/// The durable record of every article's progress (published → enriched → stored, or failed), kept in an embedded LiteDB file
/// beside the feed, not in memory: a restart never publishes an article again, an article not stored in time can be
/// published again from here, and <c>ingest status</c> reads it (also while the watcher runs).
/// </summary>
public sealed class IntakeLedger : IDisposable
{
    public const string FileName = "ledger.db";

    // LiteDB's global mapper builds its type maps lazily and not thread-safely; a private one, built once here, is
    // only read afterwards.
    private static readonly BsonMapper s_mapper = CreateMapper();

    // The kept message is read back only by this process's republisher. The default encoder writes every non-ASCII
    // character as \uXXXX: an Arabic article's copy tripled in size, and with it the ledger's writes.
    private static readonly JsonSerializerOptions s_messageJson = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    private readonly LiteDatabase _database;
    private readonly ILiteCollection<LedgerEntry> _articles;

    /// <param name="folder">The state folder (<c>Feed:StatePath</c>).</param>
    /// <param name="readOnly">For readers beside a running watcher, such as <c>ingest status</c>.</param>
    public IntakeLedger(string folder, bool readOnly = false)
    {
        if (!readOnly)
        {
            Directory.CreateDirectory(folder);
        }

        _database = new LiteDatabase($"Filename={Path.Combine(folder, FileName)};Connection=direct;ReadOnly={readOnly}", s_mapper);
        _articles = _database.GetCollection<LedgerEntry>("articles");
        if (!readOnly)
        {
            _articles.EnsureIndex(entry => entry.FileName);
            _articles.EnsureIndex(entry => entry.State);
        }
    }

    /// <summary>The file that first published this article, or null when it never was.</summary>
    public string? FindPublisher(string articleId) => _articles.FindById(articleId)?.FileName;

    public void MarkPublished(ArticleDiscovered message, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(message);
        _articles.Upsert(new LedgerEntry
        {
            Id = message.ArticleId,
            FileName = message.Origin.FileName,
            State = ArticleState.Published,
            PublishedAtUtc = at.UtcDateTime,
            Message = System.Text.Json.JsonSerializer.Serialize(message, s_messageJson),
        });
    }

    /// <summary>Records that the article went out again; returns false when it was stored meanwhile.</summary>
    public bool MarkRepublished(string articleId, DateTimeOffset at)
    {
        LedgerEntry? entry = _articles.FindById(articleId);
        if (entry is not { State: ArticleState.Published or ArticleState.Enriched })
        {
            return false;
        }

        entry.PublishedAtUtc = at.UtcDateTime;
        entry.Attempts++;
        return _articles.Update(entry);
    }

    /// <summary>
    /// Moves published articles to enriched, in one statement for the whole batch: no read-modify-write per article,
    /// and an article already stored or failed (its events can overtake this one) keeps its state.
    /// </summary>
    /// <returns>How many entries moved.</returns>
    public int MarkEnriched(IReadOnlyCollection<string> articleIds, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        if (articleIds.Count == 0)
        {
            return 0;
        }

        var ids = new BsonArray(articleIds.Select(id => new BsonValue(id)));
        return _articles.UpdateMany(
            BsonExpression.Create("{ State: @0, EnrichedAtUtc: @1 }", nameof(ArticleState.Enriched), at.UtcDateTime),
            BsonExpression.Create("_id IN @0 AND State = @1", ids, nameof(ArticleState.Published)));
    }

    public void MarkStored(string articleId, DateTimeOffset at) => MarkStored([(articleId, at)]);

    /// <summary>
    /// Closes the entries of stored articles in one transaction: one log write for the batch, and the collection's
    /// write lock taken once rather than per article.
    /// </summary>
    /// <returns>How many entries closed (unknown and already stored articles are skipped).</returns>
    public int MarkStored(IReadOnlyCollection<(string ArticleId, DateTimeOffset At)> stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        int closed = 0;
        _database.BeginTrans();
        try
        {
            foreach ((string articleId, DateTimeOffset at) in stored)
            {
                LedgerEntry? entry = _articles.FindById(articleId);
                if (entry is null || entry.State == ArticleState.Stored)
                {
                    continue;
                }

                entry.State = ArticleState.Stored;
                entry.StoredAtUtc = at.UtcDateTime;
                entry.Failure = null;
                entry.Message = null;
                _articles.Update(entry);
                closed++;
            }

            _database.Commit();
        }
        catch
        {
            _database.Rollback();
            throw;
        }

        return closed;
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
        _articles.Update(entry);
    }

    /// <summary>Articles published at or before <paramref name="cutoff"/> and still not stored (published or enriched), oldest first.</summary>
    /// <remarks>At or before: LiteDB keeps times to the millisecond, so an article published in the cutoff's millisecond compares equal.</remarks>
    public IReadOnlyList<LedgerEntry> PublishedBefore(DateTimeOffset cutoff, int limit) =>
        [.. _articles.Query()
            .Where(e => (e.State == ArticleState.Published || e.State == ArticleState.Enriched) && e.PublishedAtUtc <= cutoff.UtcDateTime)
            .OrderBy(e => e.PublishedAtUtc)
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

    public void Dispose() => _database.Dispose();

    private static BsonMapper CreateMapper()
    {
        var mapper = new BsonMapper();
        _ = mapper.ToDocument(new LedgerEntry { Id = string.Empty, FileName = string.Empty });
        return mapper;
    }
}
