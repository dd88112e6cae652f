using System.Runtime.CompilerServices;
using Ingestion.Storage.Persistence.Querying;
using MongoDB.Bson;
using MongoDB.Driver;

namespace Ingestion.Storage.Persistence.Mongo;

/// <summary>Articles in a MongoDB collection (<c>articles</c> in the URI's database, or <c>ingestion</c>).</summary>
public sealed class MongoArticleStore : IArticleStore
{
    public const string StoreKind = "mongodb";

    // A readiness probe must answer quickly; the driver's own server selection would wait 30 s.
    private static readonly TimeSpan s_pingTimeout = TimeSpan.FromSeconds(5);

    // Two first writes of one id can race to insert; the loser sees a duplicate key and retries as a replace.
    private const int MaxDuplicateKeyAttempts = 3;

    private readonly IMongoClient _client;
    private readonly bool _ownsClient;
    private readonly IMongoDatabase _database;
    private readonly IMongoCollection<ArticleDocument> _articles;
    private readonly IMongoCollection<BsonDocument> _announcements;

    /// <summary>Creates and owns a client; TLS and SRV options in the URI pass straight to the driver.</summary>
    public MongoArticleStore(string connectionString)
        : this(CreateClient(connectionString), DatabaseNameOf(connectionString), ownsClient: true)
    {
    }

    /// <summary>Uses a shared client, which the caller keeps and disposes.</summary>
    public MongoArticleStore(IMongoClient client, string databaseName)
        : this(client, databaseName, ownsClient: false)
    {
    }

    private MongoArticleStore(IMongoClient client, string databaseName, bool ownsClient)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentException.ThrowIfNullOrWhiteSpace(databaseName);
        MongoArticleMapping.EnsureRegistered();
        _client = client;
        _ownsClient = ownsClient;
        _database = client.GetDatabase(databaseName);
        _articles = _database.GetCollection<ArticleDocument>(MongoArticleCommands.CollectionName);
        _announcements = _database.GetCollection<BsonDocument>(MongoArticleCommands.AnnouncementsCollectionName);
        Location = $"{databaseName}/{MongoArticleCommands.CollectionName}";
    }

    public string Kind => StoreKind;

    public string Location { get; }

    public static string DatabaseNameOf(string connectionString)
    {
        string? name = MongoUrl.Create(connectionString).DatabaseName;
        return string.IsNullOrEmpty(name) ? MongoArticleCommands.DefaultDatabaseName : name;
    }

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        // Creating an index that exists with the same keys and name is a no-op on the server.
        await _articles.Indexes.CreateManyAsync(MongoArticleCommands.IndexModels(), cancellationToken).ConfigureAwait(false);
    }

    public async Task<UpsertOutcome> UpsertAsync(ArticleDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Search = ArticleSearchKeys.For(document);
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                ReplaceOneResult result = await _articles
                    .ReplaceOneAsync(MongoArticleCommands.ById(document.Id), document, MongoArticleCommands.UpsertOptions(), cancellationToken)
                    .ConfigureAwait(false);
                return result.UpsertedId is null ? UpsertOutcome.Replaced : UpsertOutcome.Created;
            }
            catch (MongoWriteException ex) when (ex.WriteError?.Category == ServerErrorCategory.DuplicateKey && attempt < MaxDuplicateKeyAttempts)
            {
            }
        }
    }

    public async Task<IReadOnlyList<UpsertOutcome>> UpsertManyAsync(IReadOnlyList<ArticleDocument> documents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (documents.Count == 0)
        {
            return [];
        }

        foreach (ArticleDocument document in documents)
        {
            document.Search = ArticleSearchKeys.For(document);
        }

        MongoBulkUpsertPlan plan = new(documents);
        ReplaceOneModel<ArticleDocument>[] requests = [.. plan.Writes.Select(MongoArticleCommands.UpsertModel)];
        HashSet<int> created = [];
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                BulkWriteResult<ArticleDocument> result = await _articles
                    .BulkWriteAsync(requests, MongoArticleCommands.BulkUpsertOptions(), cancellationToken)
                    .ConfigureAwait(false);
                created.UnionWith(result.Upserts.Select(u => u.Index));
                return plan.Outcomes(created);
            }
            catch (MongoBulkWriteException<ArticleDocument> ex) when (attempt < MaxDuplicateKeyAttempts
                && ex.WriteErrors.All(e => e.Category == ServerErrorCategory.DuplicateKey))
            {
                // Writes that lost an insert race are rewritten; the rest of the batch is idempotent to send again.
                created.UnionWith(ex.Result.Upserts.Select(u => u.Index));
            }
        }
    }

    public async Task<IReadOnlyDictionary<string, string>> FindAnnouncedAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        Dictionary<string, string> announced = new(StringComparer.Ordinal);
        if (ids.Count == 0)
        {
            return announced;
        }

        List<BsonDocument> marks = await _announcements
            .Find(MongoArticleCommands.AnnouncedFilter(ids))
            .Project(MongoArticleCommands.AnnouncedProjection())
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        foreach (BsonDocument mark in marks)
        {
            announced[mark["_id"].AsString] = mark["revision"].AsString;
        }

        return announced;
    }

    public async Task MarkAnnouncedAsync(IReadOnlyCollection<ArticleAnnouncement> announcements, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(announcements);
        if (announcements.Count == 0)
        {
            return;
        }

        UpdateOneModel<BsonDocument>[] requests = [.. announcements.Select(MongoArticleCommands.MarkAnnouncedModel)];
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                await _announcements.BulkWriteAsync(requests, MongoArticleCommands.BulkUpsertOptions(), cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (MongoBulkWriteException<BsonDocument> ex) when (attempt < MaxDuplicateKeyAttempts
                && ex.WriteErrors.All(e => e.Category == ServerErrorCategory.DuplicateKey))
            {
                // Two markers of one id raced to insert; sending the updates again only sets the same fields.
            }
        }
    }

    public async Task<ArticleDocument?> FindAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        return await _articles.Find(MongoArticleCommands.ById(id)).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task<long> CountAsync(CancellationToken cancellationToken) =>
        _articles.CountDocumentsAsync(MongoArticleCommands.All, cancellationToken: cancellationToken);

    public async IAsyncEnumerable<ArticleDocument> ExportAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using IAsyncCursor<ArticleDocument> cursor = await _articles
            .Find(MongoArticleCommands.All)
            .Sort(MongoArticleCommands.OrderById)
            .ToCursorAsync(cancellationToken)
            .ConfigureAwait(false);
        while (await cursor.MoveNextAsync(cancellationToken).ConfigureAwait(false))
        {
            foreach (ArticleDocument document in cursor.Current)
            {
                yield return document;
            }
        }
    }

    public async Task<IReadOnlyList<ArticleDocument>> FindByEntityAsync(string text, string? type, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        return await _articles
            .Find(MongoArticleCommands.ByEntity(text, type), MongoArticleCommands.ByEntityOptions())
            .Sort(MongoArticleCommands.OrderById)
            .Limit(limit)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
    }

    public async Task<ArticleQueryPage> QueryAsync(ArticleQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        List<ArticleDocument> page = await _articles
            .Find(MongoArticleCommands.ByQuery(query))
            .Sort(MongoArticleCommands.NewestStoredFirst)
            .Skip(query.Skip)
            .Limit(query.Limit + 1)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        bool more = page.Count > query.Limit;
        return new ArticleQueryPage(more ? page[..query.Limit] : page, query.Skip, query.Limit, more);
    }

    public async Task<IReadOnlyList<StoredTiming>> StoredSinceAsync(DateTimeOffset since, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        List<BsonDocument> timings = await _articles
            .Find(MongoArticleCommands.StoredSince(since))
            .Sort(MongoArticleCommands.NewestStoredFirst)
            .Limit(limit)
            .Project(MongoArticleCommands.TimingProjection())
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        return [.. timings.Select(t => new StoredTiming(
            new DateTimeOffset(t["receivedAt"].ToUniversalTime()),
            new DateTimeOffset(t["storedAt"].ToUniversalTime())))];
    }

    public async Task<bool> PingAsync(CancellationToken cancellationToken)
    {
        using CancellationTokenSource timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(s_pingTimeout);
        try
        {
            await _database.RunCommandAsync<BsonDocument>(MongoArticleCommands.PingCommand(), cancellationToken: timeout.Token)
                .ConfigureAwait(false);
            return true;
        }
        catch (Exception ex) when (ex is MongoException or TimeoutException
            || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return false;
        }
    }

    public ValueTask DisposeAsync()
    {
        if (_ownsClient)
        {
            _client.Dispose();
        }

        return ValueTask.CompletedTask;
    }

    private static MongoClient CreateClient(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return new MongoClient(MongoClientSettings.FromConnectionString(connectionString));
    }
}
