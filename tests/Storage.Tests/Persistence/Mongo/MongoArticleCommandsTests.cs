using Ingestion.Storage.Persistence;
using Ingestion.Storage.Persistence.Mongo;
using Ingestion.Storage.Persistence.Querying;
using MongoDB.Bson;
using MongoDB.Bson.IO;
using MongoDB.Bson.Serialization;
using MongoDB.Bson.Serialization.Serializers;
using MongoDB.Driver;

namespace Ingestion.Storage.Tests.Persistence.Mongo;

/// <summary>Pins the exact BSON the Mongo store sends, rendered without a server.</summary>
public sealed class MongoArticleCommandsTests
{
    private static readonly JsonWriterSettings s_json = new() { OutputMode = JsonOutputMode.RelaxedExtendedJson };

    [Fact]
    public void ById_Id_RendersEqualityOnUnderscoreId() =>
        Assert.Equal("""{ "_id" : "mena-42" }""", Render(MongoArticleCommands.ById("mena-42")));

    [Fact]
    public void ByEntity_TextAndType_RendersOneElemMatchOverBothFields() =>
        Assert.Equal(
            """{ "entities" : { "$elemMatch" : { "text" : "مصر", "type" : "LOC" } } }""",
            Render(MongoArticleCommands.ByEntity("مصر", "LOC")));

    [Fact]
    public void ByEntity_TextOnly_RendersElemMatchOnText() =>
        Assert.Equal(
            """{ "entities" : { "$elemMatch" : { "text" : "مصر" } } }""",
            Render(MongoArticleCommands.ByEntity("مصر", null)));

    [Fact]
    public void ByEntityOptions_Always_HintsTheEntitiesIndex() =>
        Assert.Equal(new BsonString("entities_text_type"), MongoArticleCommands.ByEntityOptions().Hint);

    [Fact]
    public void OrderById_Always_RendersAscendingUnderscoreId() =>
        Assert.Equal("""{ "_id" : 1 }""", MongoArticleCommands.OrderById.Render(Args()).ToJson(s_json));

    [Fact]
    public void UpsertOptions_Always_IsUpsert()
    {
        ReplaceOptions options = MongoArticleCommands.UpsertOptions();

        Assert.True(options.IsUpsert);
        Assert.Null(options.Hint);
    }

    [Fact]
    public void UpsertModel_Document_IsUpsertFilteredById()
    {
        ArticleDocument document = ArticleDocuments.Minimal("doc-1");

        ReplaceOneModel<ArticleDocument> model = MongoArticleCommands.UpsertModel(document);

        Assert.True(model.IsUpsert);
        Assert.Same(document, model.Replacement);
        Assert.Equal("""{ "_id" : "doc-1" }""", Render(model.Filter));
    }

    [Fact]
    public void BulkUpsertOptions_Always_IsUnordered() =>
        Assert.False(MongoArticleCommands.BulkUpsertOptions().IsOrdered);

    [Fact]
    public void IndexModels_Always_RenderNamedKeysOnCamelCasePaths()
    {
        string[] rendered = [.. MongoArticleCommands.IndexModels()
            .Select(m => $"{m.Options.Name} {m.Keys.Render(Args()).ToJson(s_json)} unique={m.Options.Unique?.ToString() ?? "default"}")];

        Assert.Equal(
        [
            """entities_text_type { "entities.text" : 1, "entities.type" : 1 } unique=default""",
            """temporal_value { "temporal.value" : 1 } unique=default""",
            """published_at { "publishedAt" : 1 } unique=default""",
            """content_hash { "contentHash" : 1 } unique=default""",
            """received_at { "receivedAt" : 1 } unique=default""",
            """search_entities_stored_at { "search.entities" : 1, "storedAt" : -1, "_id" : 1 } unique=default""",
            """search_dates_stored_at { "search.dates" : 1, "storedAt" : -1, "_id" : 1 } unique=default""",
            """search_agencies_stored_at { "search.agencies" : 1, "storedAt" : -1, "_id" : 1 } unique=default""",
            """stored_at { "storedAt" : -1, "_id" : 1 } unique=default""",
            """title_text { "title" : "text", "text" : "text" } unique=default""",
        ], rendered);
    }

    [Fact]
    public void IndexModels_TextIndex_HasNoStemmingLanguage() =>
        Assert.Equal("none", MongoArticleCommands.IndexModels().Single(m => m.Options.Name == MongoArticleCommands.TextIndexName).Options.DefaultLanguage);

    [Fact]
    public void ByQuery_EntityWithType_RendersEqualityOnTheFoldedTypedKey() =>
        Assert.Equal(
            """{ "search.entities" : "PER:عبد الفتاح السيسي" }""",
            Render(MongoArticleCommands.ByQuery(new ArticleQuery { Entity = "عبد الفتّاح السيسى", Type = "PER" }.Validated())));

    [Fact]
    public void ByQuery_TypeOnly_RendersOneElementBetweenTheTypesBounds() =>
        Assert.Equal(
            """{ "search.entities" : { "$elemMatch" : { "$gte" : "ORG:", "$lt" : "ORG;" } } }""",
            Render(MongoArticleCommands.ByQuery(new ArticleQuery { Type = "ORG" }.Validated())));

    [Fact]
    public void ByQuery_EveryFilter_RendersOneAndOverTheSearchKeysAndTheTextIndex() =>
        Assert.Equal(
            """{ "search.entities" : { "$in" : ["القاهره", "PER:القاهره", "ORG:القاهره", "LOC:القاهره", "MISC:القاهره"] }, "search.agencies" : "mena", "search.dates" : { "$elemMatch" : { "$gte" : "2024-03-01", "$lte" : "2024-03-31" } }, "language" : "ar", "$text" : { "$search" : "\"قمة\" \"الرئيس\"" } }""",
            Render(MongoArticleCommands.ByQuery(new ArticleQuery
            {
                Entity = "القاهرة",
                Agency = "MENA",
                Dates = ArticleDateRange.Parse("2024-03"),
                Language = "ar",
                Text = "قمة  \"الرئيس",
            }.Validated())));

    [Fact]
    public void ByQuery_Nothing_RendersEmptyFilter() =>
        Assert.Equal("{ }", Render(MongoArticleCommands.ByQuery(new ArticleQuery())));

    [Fact]
    public void StoredSince_Instant_RendersStoredAtFromThenTimingProjection()
    {
        Assert.Equal(
            """{ "storedAt" : { "$gte" : { "$date" : "2026-12-01T09:00:00Z" } } }""",
            Render(MongoArticleCommands.StoredSince(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.FromHours(3)))));
        Assert.Equal(
            """{ "receivedAt" : 1, "storedAt" : 1, "_id" : 0 }""",
            MongoArticleCommands.TimingProjection().Render(Args()).Document.ToJson(s_json));
    }

    [Fact]
    public void NewestStoredFirst_Always_RendersStoredAtDescendingThenId() =>
        Assert.Equal("""{ "storedAt" : -1, "_id" : 1 }""", MongoArticleCommands.NewestStoredFirst.Render(Args()).ToJson(s_json));

    [Fact]
    public void PublishedAtRange_DateWithOffset_RendersUtcBsonDate() =>
        Assert.Equal(
            """{ "publishedAt" : { "$gte" : { "$date" : "2024-04-30T22:00:00Z" } } }""",
            Render(Builders<ArticleDocument>.Filter.Gte(d => d.PublishedAt, new DateTimeOffset(2024, 5, 1, 1, 0, 0, TimeSpan.FromHours(3)))));

    [Fact]
    public void AnnouncedFilter_Ids_RendersInOnUnderscoreIdWithRevisionOnly()
    {
        Assert.Equal("""{ "_id" : { "$in" : ["a", "خبر"] } }""", RenderBson(MongoArticleCommands.AnnouncedFilter(["a", "خبر"])));
        Assert.Equal("""{ "revision" : 1 }""", MongoArticleCommands.AnnouncedProjection().Render(BsonArgs()).ToJson(s_json));
    }

    [Fact]
    public void MarkAnnouncedModel_Announcement_IsUpsertSettingOnlyTheMarkFields()
    {
        ArticleAnnouncement announcement = new("doc-1", "engine/1/m1", new DateTimeOffset(2024, 5, 1, 1, 0, 0, TimeSpan.FromHours(3)));

        UpdateOneModel<BsonDocument> model = MongoArticleCommands.MarkAnnouncedModel(announcement);

        Assert.True(model.IsUpsert);
        Assert.Equal("""{ "_id" : "doc-1" }""", RenderBson(model.Filter));
        Assert.Equal(
            """{ "$set" : { "revision" : "engine/1/m1", "announcedAt" : { "$date" : "2024-04-30T22:00:00Z" } } }""",
            model.Update.Render(BsonArgs()).ToJson(s_json));
    }

    [Fact]
    public void PingCommand_Always_IsPing() =>
        Assert.Equal("""{ "ping" : 1 }""", MongoArticleCommands.PingCommand().ToJson(s_json));

    [Fact]
    public void Mapping_FullDocument_SerializesIdCamelCaseAndUtcDates()
    {
        MongoArticleMapping.EnsureRegistered();

        BsonDocument bson = ArticleDocuments.Full("ar-1").ToBsonDocument();

        Assert.Equal(
            ["_id", "title", "text", "language", "publishedAt", "receivedAt", "enrichedAt", "storedAt", "contentHash", "source", "entities", "temporal", "engine", "warnings"],
            bson.Names);
        Assert.Equal(new DateTime(2024, 3, 10, 6, 15, 30, 123, DateTimeKind.Utc), bson["publishedAt"].ToUniversalTime());
        Assert.Equal(BsonType.DateTime, bson["receivedAt"].BsonType);
        Assert.Equal(
            """{ "text" : "القاهرة", "type" : "LOC", "start" : 0, "end" : 7, "confidence" : 0.98765432099999995, "canonicalName" : "Cairo", "role" : "dateline" }""",
            bson["entities"][0].ToJson(s_json));
        Assert.Equal("""{ "name" : "ingestion-enrichment", "version" : "1.2.3", "modelVersion" : "ner-ar-2024.03" }""", bson["engine"].ToJson(s_json));
    }

    [Fact]
    public void Mapping_NullOptionals_AreOmitted()
    {
        MongoArticleMapping.EnsureRegistered();

        BsonDocument bson = ArticleDocuments.Minimal("min").ToBsonDocument();

        Assert.False(bson.Contains("publishedAt"));
        Assert.Equal("""{ "fileName" : "x.txt" }""", bson["source"].ToJson(s_json));
    }

    [Fact]
    public void Mapping_RoundTripThroughBson_KeepsEveryField()
    {
        MongoArticleMapping.EnsureRegistered();
        ArticleDocument written = ArticleDocuments.Full("ar-1");

        ArticleDocument read = BsonSerializer.Deserialize<ArticleDocument>(written.ToBsonDocument());

        ArticleDocumentAssert.Equivalent(written, read);
    }

    [Fact]
    public void Mapping_MinAndMaxDates_RoundTripThroughBsonAsTheContractSays()
    {
        MongoArticleMapping.EnsureRegistered();
        ArticleDocument written = ArticleDocuments.Minimal("extremes");
        written.PublishedAt = DateTimeOffset.MaxValue;
        written.EnrichedAt = DateTimeOffset.MinValue;

        ArticleDocument read = BsonSerializer.Deserialize<ArticleDocument>(written.ToBsonDocument());

        ArticleDocumentAssert.Equivalent(written, read);
    }

    [Fact]
    public void Mapping_EnsureRegisteredFromManyThreads_RegistersOnce()
    {
        Parallel.For(0, 16, _ => MongoArticleMapping.EnsureRegistered());

        Assert.True(BsonClassMap.IsClassMapRegistered(typeof(ArticleDocument)));
        Assert.Equal("_id", BsonClassMap.LookupClassMap(typeof(ArticleDocument)).IdMemberMap.ElementName);
    }

    private static RenderArgs<ArticleDocument> Args()
    {
        MongoArticleMapping.EnsureRegistered();
        IBsonSerializerRegistry registry = BsonSerializer.SerializerRegistry;
        return new RenderArgs<ArticleDocument>(registry.GetSerializer<ArticleDocument>(), registry);
    }

    private static RenderArgs<BsonDocument> BsonArgs() =>
        new(BsonDocumentSerializer.Instance, BsonSerializer.SerializerRegistry);

    private static string RenderBson(FilterDefinition<BsonDocument> filter) => filter.Render(BsonArgs()).ToJson(s_json);

    private static string Render(FilterDefinition<ArticleDocument> filter) => filter.Render(Args()).ToJson(s_json);
}
