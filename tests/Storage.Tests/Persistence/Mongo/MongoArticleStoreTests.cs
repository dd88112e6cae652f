using Ingestion.Storage.Persistence;
using Ingestion.Storage.Persistence.Mongo;
using MongoDB.Bson;
using MongoDB.Driver;

namespace Ingestion.Storage.Tests.Persistence.Mongo;

public sealed class MongoArticleStoreTests(MongoServerFixture server) : ArticleStoreContractTests, IClassFixture<MongoServerFixture>
{
    [Fact]
    public async Task InitializeAsync_EmptyDatabase_CreatesNamedIndexes()
    {
        IMongoClient client = server.ClientOrSkip();
        string database = server.NewDatabaseName();
        await using MongoArticleStore store = new(client, database);

        await store.InitializeAsync(Ct);

        IMongoCollection<BsonDocument> articles = client.GetDatabase(database).GetCollection<BsonDocument>(MongoArticleCommands.CollectionName);
        List<BsonDocument> indexes = await (await articles.Indexes.ListAsync(Ct)).ToListAsync(Ct);
        Assert.Equal(
            [
                "_id_", "content_hash", "entities_text_type", "published_at", "received_at", "search_agencies_stored_at",
                "search_dates_stored_at", "search_entities_stored_at", "stored_at", "temporal_value", "title_text",
            ],
            indexes.Select(i => i["name"].AsString).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task PublishedAt_RangeQuery_ComparesInstantsAcrossOffsets()
    {
        IMongoClient client = server.ClientOrSkip();
        string database = server.NewDatabaseName();
        await using MongoArticleStore store = new(client, database);
        await store.InitializeAsync(Ct);
        ArticleDocument early = ArticleDocuments.Minimal("early");
        early.PublishedAt = new DateTimeOffset(2024, 5, 1, 1, 0, 0, TimeSpan.FromHours(3)); // 2024-04-30T22:00Z
        ArticleDocument late = ArticleDocuments.Minimal("late");
        late.PublishedAt = new DateTimeOffset(2024, 5, 1, 0, 30, 0, TimeSpan.Zero);
        await store.UpsertManyAsync([early, late], Ct);

        IMongoCollection<ArticleDocument> articles = client.GetDatabase(database).GetCollection<ArticleDocument>(MongoArticleCommands.CollectionName);
        List<ArticleDocument> may = await articles
            .Find(Builders<ArticleDocument>.Filter.Gte(d => d.PublishedAt, new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero)))
            .ToListAsync(Ct);

        Assert.Equal(["late"], may.Select(d => d.Id));
    }

    protected override Task<IArticleStore> CreateEmptyStoreAsync() =>
        Task.FromResult<IArticleStore>(new MongoArticleStore(server.ClientOrSkip(), server.NewDatabaseName()));
}
