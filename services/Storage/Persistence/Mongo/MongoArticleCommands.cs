using Ingestion.Storage.Persistence.Querying;
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
    public const string SearchEntitiesIndexName = "search_entities_stored_at";
    public const string SearchDatesIndexName = "search_dates_stored_at";
    public const string SearchAgenciesIndexName = "search_agencies_stored_at";
    public const string StoredAtIndexName = "stored_at";
    public const string TextIndexName = "title_text";

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

    /// <summary>
    /// Every filter of the query, on the search keys: an entity key by equality (a name without a type: any of its
    /// keys, $in), a type or a date range as one element between two bounds ($elemMatch, so the index bounds are the
    /// range, not two half-lines), the words through the text index, each quoted so that all must appear.
    /// </summary>
    public static FilterDefinition<ArticleDocument> ByQuery(ArticleQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        List<FilterDefinition<ArticleDocument>> filters = [];
        if (query.EntityKeys is { } entity)
        {
            filters.Add(entity.Count == 1 ? s_filter.AnyEq("search.entities", entity[0]) : s_filter.AnyIn("search.entities", entity));
        }
        else if (query.TypeKeyRange is (string from, string below))
        {
            filters.Add(ElementBetween("search.entities", "$lt", from, below));
        }

        if (query.AgencyKey is { } agency)
        {
            filters.Add(s_filter.AnyEq("search.agencies", agency));
        }

        if (query.Dates is { } dates)
        {
            filters.Add(ElementBetween("search.dates", "$lte", dates.FromKey, dates.ToKey));
        }

        if (query.Language is { } language)
        {
            filters.Add(s_filter.Eq("language", language));
        }

        if (query.Text is not null)
        {
            // The server's text index: case and diacritics ignored, Arabic letter forms not folded.
            filters.Add(s_filter.Text(string.Join(' ', query.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => $"\"{w.Replace("\"", string.Empty, StringComparison.Ordinal)}\""))));
        }

        return filters.Count == 0 ? All : s_filter.And(filters);
    }

    public static FilterDefinition<ArticleDocument> StoredSince(DateTimeOffset since) =>
        s_filter.Gte(d => d.StoredAt, since);

    /// <summary>Only the two times: the rate and latency need nothing else of the document.</summary>
    public static ProjectionDefinition<ArticleDocument, BsonDocument> TimingProjection() =>
        Builders<ArticleDocument>.Projection.Include("receivedAt").Include("storedAt").Exclude("_id");

    /// <summary>Newest stored first, then by id so that pages never overlap.</summary>
    public static SortDefinition<ArticleDocument> NewestStoredFirst =>
        Builders<ArticleDocument>.Sort.Descending("storedAt").Ascending("_id");

    private static FilterDefinition<ArticleDocument> ElementBetween(string field, string upperOperator, string from, string to) =>
        new BsonDocument(field, new BsonDocument("$elemMatch", new BsonDocument { ["$gte"] = from, [upperOperator] = to }));

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
        // Each search key with the page order (storedAt, then _id), so that a page of one entity's articles, newest
        // first, is read in index order and sorted by nothing: without _id the tie-break would sort every match.
        new(s_keys.Ascending("search.entities").Descending("storedAt").Ascending("_id"), new CreateIndexOptions { Name = SearchEntitiesIndexName }),
        new(s_keys.Ascending("search.dates").Descending("storedAt").Ascending("_id"), new CreateIndexOptions { Name = SearchDatesIndexName }),
        new(s_keys.Ascending("search.agencies").Descending("storedAt").Ascending("_id"), new CreateIndexOptions { Name = SearchAgenciesIndexName }),
        new(s_keys.Descending("storedAt").Ascending("_id"), new CreateIndexOptions { Name = StoredAtIndexName }),
        // "none": no English stemming or stop words applied to Arabic text.
        new(s_keys.Text("title").Text("text"), new CreateIndexOptions { Name = TextIndexName, DefaultLanguage = "none" }),
    ];
}
