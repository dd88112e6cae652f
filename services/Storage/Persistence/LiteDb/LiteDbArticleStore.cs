using System.Runtime.CompilerServices;
using Ingestion.Storage.Persistence.Querying;
using LiteDB;

namespace Ingestion.Storage.Persistence.LiteDb;

/// <summary>Articles in a LiteDB file, collection <c>articles</c>; opened in shared mode unless told otherwise.</summary>
public sealed class LiteDbArticleStore : IArticleStore
{
    public const string StoreKind = "litedb";
    public const string CollectionName = "articles";
    public const string AnnouncementsCollectionName = "announcements";

    public const string EntityKeysIndex = "SearchEntities";
    public const string DateKeysIndex = "SearchDates";
    public const string AgencyKeysIndex = "SearchAgencies";
    public const string StoredAtIndex = "StoredAt";

    private const int ExportPageSize = 256;

    private static readonly string[] s_unreadIndexes = ["EntitiesText", "EntitiesType", "TemporalValue", "PublishedAt", "ContentHash", "ReceivedAt"];

    // LiteDB serialises writers itself, but transactions are bound to the calling thread and shared mode holds a
    // named mutex per call; one in-process gate keeps every call on one thread from open to close.
    private readonly Lock _gate = new();
    private readonly LiteDatabase _database;
    private readonly ILiteCollection<ArticleDocument> _articles;

    // The same collection, written as BSON made by hand (LiteDbArticleBson) rather than by the mapper's reflection.
    private readonly ILiteCollection<BsonDocument> _articleWrites;
    private readonly ILiteCollection<BsonDocument> _announcements;
    private bool _disposed;

    /// <param name="connectionString">E.g. <c>Filename=/data/articles.db;Connection=shared</c> or <c>/data/articles.db</c>.</param>
    public LiteDbArticleStore(string connectionString)
    {
        ConnectionString parsed = LiteDbConnection.Parse(connectionString);
        _database = new LiteDatabase(parsed, LiteDbArticleMapper.Create())
        {
            // Without it LiteDB converts dates to local time on read, which clamps values near DateTime.MaxValue in
            // zones east of UTC before the mapper can convert them back.
            UtcDate = true,
        };
        _articles = _database.GetCollection<ArticleDocument>(CollectionName);
        _articleWrites = _database.GetCollection(CollectionName);
        _announcements = _database.GetCollection(AnnouncementsCollectionName);
        Location = $"{parsed.Filename}#{CollectionName}";
    }

    public string Kind => StoreKind;

    public string Location { get; }

    public Task InitializeAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            ThrowIfDisposed();

            // Only the indexes a query reads: LiteDB updates every index on every write, and the multi-key ones add a node
            // per key. Indexes earlier versions made (by entity text and type, temporal value, dates, hash) served no
            // query and cost about a third of a write; a file that has them loses them here.
            foreach (string unread in s_unreadIndexes)
            {
                _articles.DropIndex(unread);
            }

            _articles.EnsureIndex(EntityKeysIndex, "$.Search.Entities[*]");
            _articles.EnsureIndex(DateKeysIndex, "$.Search.Dates[*]");
            _articles.EnsureIndex(AgencyKeysIndex, "$.Search.Agencies[*]");
            _articles.EnsureIndex(StoredAtIndex, "$.StoredAt");
        }

        return Task.CompletedTask;
    }

    public Task<UpsertOutcome> UpsertAsync(ArticleDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            ThrowIfDisposed();
            return Task.FromResult(Write(document));
        }
    }

    public Task<IReadOnlyList<UpsertOutcome>> UpsertManyAsync(IReadOnlyList<ArticleDocument> documents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        cancellationToken.ThrowIfCancellationRequested();
        if (documents.Count == 0)
        {
            return Task.FromResult<IReadOnlyList<UpsertOutcome>>([]);
        }

        UpsertOutcome[] outcomes = new UpsertOutcome[documents.Count];
        lock (_gate)
        {
            ThrowIfDisposed();
            _database.BeginTrans();
            try
            {
                // In order, inside one transaction: a repeated id is created once, then replaced, and the last copy wins.
                for (int i = 0; i < documents.Count; i++)
                {
                    outcomes[i] = Write(documents[i]);
                }

                _database.Commit();
            }
            catch
            {
                _database.Rollback();
                throw;
            }
        }

        return Task.FromResult<IReadOnlyList<UpsertOutcome>>(outcomes);
    }

    public Task<IReadOnlyDictionary<string, string>> FindAnnouncedAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        cancellationToken.ThrowIfCancellationRequested();
        Dictionary<string, string> announced = new(StringComparer.Ordinal);
        if (ids.Count == 0)
        {
            return Task.FromResult<IReadOnlyDictionary<string, string>>(announced);
        }

        lock (_gate)
        {
            ThrowIfDisposed();

            // One query for the batch: in shared mode every call opens the file, so per-id lookups would cost a batch's
            // worth of opens. The ids go in as a parameter, not as literals (Query.In): LiteDB parses and compiles each
            // distinct expression text and caches it for good, so literal ids cost a compile per batch (27 ms against
            // 1.9 ms for 50 ids out of 20,000) and a cache that only grows.
            BsonArray idValues = [.. ids.Select(id => new BsonValue(id))];
            foreach (BsonDocument mark in _announcements.Find(BsonExpression.Create("_id IN @0", idValues)))
            {
                announced[mark["_id"].AsString] = mark["revision"].AsString;
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, string>>(announced);
    }

    public Task MarkAnnouncedAsync(IReadOnlyCollection<ArticleAnnouncement> announcements, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(announcements);
        cancellationToken.ThrowIfCancellationRequested();
        if (announcements.Count == 0)
        {
            return Task.CompletedTask;
        }

        lock (_gate)
        {
            ThrowIfDisposed();
            _database.BeginTrans();
            try
            {
                foreach (ArticleAnnouncement announcement in announcements)
                {
                    _announcements.Upsert(new BsonDocument
                    {
                        ["_id"] = announcement.Id,
                        ["revision"] = announcement.Revision,
                        ["announcedAt"] = announcement.AnnouncedAt.UtcDateTime,
                    });
                }

                _database.Commit();
            }
            catch
            {
                _database.Rollback();
                throw;
            }
        }

        return Task.CompletedTask;
    }

    public Task<ArticleDocument?> FindAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            ThrowIfDisposed();
            return Task.FromResult<ArticleDocument?>(_articles.FindById(id));
        }
    }

    public Task<long> CountAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            ThrowIfDisposed();
            return Task.FromResult(_articles.LongCount());
        }
    }

    public async IAsyncEnumerable<ArticleDocument> ExportAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Pages keyed on the last id: no cursor or lock is held while the caller consumes a page.
        string? lastId = null;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            List<ArticleDocument> page = ReadPage(lastId);
            foreach (ArticleDocument document in page)
            {
                yield return document;
            }

            if (page.Count < ExportPageSize)
            {
                yield break;
            }

            lastId = page[^1].Id;
            await Task.Yield();
        }
    }

    public Task<IReadOnlyList<ArticleDocument>> FindByEntityAsync(string text, string? type, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            ThrowIfDisposed();

            // The entity search key (folded, so a superset of the exact matches) selects candidates through its index; the
            // exact text and type are checked here on one entity.
            List<ArticleDocument> found = [.. _articles.Query()
                .Where(AnyEntityKey(ArticleSearchKeys.EntityKeys(text, type)))
                .OrderBy("_id")
                .ToEnumerable()
                .Where(d => d.Entities.Exists(e => e.Text == text && (type is null || e.Type == type)))
                .Take(limit)];
            return Task.FromResult<IReadOnlyList<ArticleDocument>>(found);
        }
    }

    public Task<ArticleQueryPage> QueryAsync(ArticleQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            ThrowIfDisposed();

            // The plan narrows, Matches decides: the words have no index here, and an array filter picks candidates
            // only. The documents stream, so a page stops reading once it is full.
            List<ArticleDocument> page = [.. LiteDbArticleQuery.Plan(_articles, query)
                .ToEnumerable()
                .Where(query.Matches)
                .Skip(query.Skip)
                .Take(query.Limit + 1)];
            bool more = page.Count > query.Limit;
            return Task.FromResult(new ArticleQueryPage(more ? page[..query.Limit] : page, query.Skip, query.Limit, more));
        }
    }

    public Task<IReadOnlyList<StoredTiming>> StoredSinceAsync(DateTimeOffset since, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            ThrowIfDisposed();

            // Two fields projected as BSON: the documents are read, but none is mapped to an ArticleDocument.
            List<StoredTiming> timings = [.. _database.GetCollection(CollectionName).Query()
                .Where("$.StoredAt >= @0", since.UtcDateTime)
                .OrderByDescending("$.StoredAt")
                .Select("{ r: $.ReceivedAt, s: $.StoredAt }")
                .Limit(limit)
                .ToEnumerable()
                .Select(t => new StoredTiming(AsUtc(t["r"].AsDateTime), AsUtc(t["s"].AsDateTime)))];
            return Task.FromResult<IReadOnlyList<StoredTiming>>(timings);
        }
    }

    /// <summary>Articles with one of these entity search keys, through the entity index.</summary>
    public static BsonExpression AnyEntityKey(IReadOnlyList<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return keys.Count == 1
            ? BsonExpression.Create("$.Search.Entities[*] ANY = @0", keys[0])
            : BsonExpression.Create("$.Search.Entities[*] ANY IN @0", new BsonArray(keys.Select(key => new BsonValue(key))));
    }

    /// <summary>LiteDB's plan for the query (<c>EXPLAIN</c>): which index it reads and how many documents it loads.</summary>
    public BsonDocument Explain(ArticleQuery query, int selectiveLimit = LiteDbArticleQuery.SelectiveLimit)
    {
        ArgumentNullException.ThrowIfNull(query);
        lock (_gate)
        {
            ThrowIfDisposed();
            return LiteDbArticleQuery.Plan(_articles, query, selectiveLimit).GetPlan();
        }
    }

    public Task<bool> PingAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            if (_disposed)
            {
                return Task.FromResult(false);
            }

            try
            {
                _ = _database.CollectionExists(CollectionName);
                return Task.FromResult(true);
            }
            catch (Exception ex) when (ex is LiteException or IOException or UnauthorizedAccessException)
            {
                return Task.FromResult(false);
            }
        }
    }

    public ValueTask DisposeAsync()
    {
        lock (_gate)
        {
            if (!_disposed)
            {
                _disposed = true;
                _database.Dispose();
            }
        }

        return ValueTask.CompletedTask;
    }

    private UpsertOutcome Write(ArticleDocument document)
    {
        // A month or a week mentioned is one key here, not a key per day (the Mongo store keeps the days).
        document.Search = ArticleSearchKeys.For(document, periodKeys: true);
        return _articleWrites.Upsert(LiteDbArticleBson.ToDocument(document)) ? UpsertOutcome.Created : UpsertOutcome.Replaced;
    }

    private List<ArticleDocument> ReadPage(string? lastId)
    {
        lock (_gate)
        {
            ThrowIfDisposed();
            ILiteQueryable<ArticleDocument> query = _articles.Query();
            if (lastId is not null)
            {
                query = query.Where("_id > @0", lastId);
            }

            return query.OrderBy("_id").Limit(ExportPageSize).ToList();
        }
    }

    private static DateTimeOffset AsUtc(DateTime value) =>
        new(value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc));

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(_disposed, this);
}
