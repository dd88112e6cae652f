using MongoDB.Bson;
using MongoDB.Driver;

namespace Ingestion.Storage.Persistence.Mongo;

/// <summary>
/// Every filter, option and index model the Mongo store sends, built without a server so that tests can render them
/// to BSON and pin the exact commands.
/// </summary>
public static class MongoArticleCommands
{
    public const string DefaultDatabaseName = "ingestion";
    public const string CollectionName = "articles";
    public const string AnnouncementsCollectionName = "announcements";

    public const string EntitiesIndexName = "entities_text_type";
    public const string TemporalValueIndexName = "temporal_value";
    public const string PublishedAtIndexName = "published_at";
    public const string ContentHashIndexName = "content_hash";
    public const string ReceivedAtIndexName = "received_at";

    private static readonly FilterDefinitionBuilder<ArticleDocument> s_filter = Builders<ArticleDocument>.Filter;
    private static readonly IndexKeysDefinitionBuilder<ArticleDocument> s_keys = Builders<ArticleDocument>.IndexKeys;

    public static FilterDefinition<ArticleDocument> All => FilterDefinition<ArticleDocument>.Empty;

    public static SortDefinition<ArticleDocument> OrderById => Builders<ArticleDocument>.Sort.Ascending(d => d.Id);

    public static FilterDefinition<ArticleDocument> ById(string id) => s_filter.Eq(d => d.Id, id);

    /// <summary>
    /// Matches documents where one entity has both the text and the type, not one entity with the text and another
    /// with the type; without a type only the text is compared.
    /// </summary>
    public static FilterDefinition<ArticleDocument> ByEntity(string text, string? type) => type is null
        ? s_filter.ElemMatch(d => d.Entities, e => e.Text == text)
        : s_filter.ElemMatch(d => d.Entities, e => e.Text == text && e.Type == type);

    /// <summary>Hints the entities index so that a large collection never falls back to an _id scan.</summary>
    public static FindOptions ByEntityOptions() => new() { Hint = EntitiesIndexName };

    public static ReplaceOptions UpsertOptions() => new() { IsUpsert = true };

    public static ReplaceOneModel<ArticleDocument> UpsertModel(ArticleDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new ReplaceOneModel<ArticleDocument>(ById(document.Id), document) { IsUpsert = true };
    }

    /// <summary>Unordered: one failing document must not stop the rest of a batch; the plan has no duplicate ids.</summary>
    public static BulkWriteOptions BulkUpsertOptions() => new() { IsOrdered = false };

    /// <summary>The announcement marks of these ids, read in one query; only the revision is needed.</summary>
    public static FilterDefinition<BsonDocument> AnnouncedFilter(IEnumerable<string> ids) =>
        Builders<BsonDocument>.Filter.In("_id", ids);

    public static ProjectionDefinition<BsonDocument> AnnouncedProjection() =>
        Builders<BsonDocument>.Projection.Include("revision");

    /// <summary>
    /// Sets the mark's fields only: an upsert by id, so marking twice (a retry after a lost answer) leaves one mark.
    /// </summary>
    public static UpdateOneModel<BsonDocument> MarkAnnouncedModel(ArticleAnnouncement announcement)
    {
        ArgumentNullException.ThrowIfNull(announcement);
        return new UpdateOneModel<BsonDocument>(
            Builders<BsonDocument>.Filter.Eq("_id", announcement.Id),
            Builders<BsonDocument>.Update
                .Set("revision", announcement.Revision)
                .Set("announcedAt", announcement.AnnouncedAt.UtcDateTime))
        {
            IsUpsert = true,
        };
    }

    public static BsonDocument PingCommand() => new("ping", 1);

    public static IReadOnlyList<CreateIndexModel<ArticleDocument>> IndexModels() =>
    [
        new(s_keys.Ascending("entities.text").Ascending("entities.type"), new CreateIndexOptions { Name = EntitiesIndexName }),
        new(s_keys.Ascending("temporal.value"), new CreateIndexOptions { Name = TemporalValueIndexName }),
        new(s_keys.Ascending(d => d.PublishedAt), new CreateIndexOptions { Name = PublishedAtIndexName }),
        new(s_keys.Ascending(d => d.ContentHash), new CreateIndexOptions { Name = ContentHashIndexName }),
        new(s_keys.Ascending(d => d.ReceivedAt), new CreateIndexOptions { Name = ReceivedAtIndexName }),
    ];
}
