using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using MongoDB.Bson.Serialization.Conventions;
using MongoDB.Bson.Serialization.Serializers;

namespace Ingestion.Storage.Persistence.Mongo;

/// <summary>
/// The BSON shape of <see cref="ArticleDocument"/>: <c>Id</c> as <c>_id</c>, camelCase element names, nulls omitted and
/// every DateTimeOffset as a BSON date (UTC, millisecond precision) so that range queries on <c>publishedAt</c> use
/// plain date comparison and the index. Kept here so the document model stays storage-agnostic.
/// </summary>
public static class MongoArticleMapping
{
    // Class maps are process-wide; Lazy makes the one registration safe when several stores start at once.
    private static readonly Lazy<bool> s_registration = new(Register, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly IBsonSerializer<DateTimeOffset> s_date = new DateTimeOffsetSerializer(BsonType.DateTime);

    /// <summary>Registers the class maps once; every later call is free.</summary>
    public static void EnsureRegistered() => _ = s_registration.Value;

    private static bool Register()
    {
        HashSet<Type> mapped =
        [
            typeof(ArticleDocument),
            typeof(DocumentSource),
            typeof(DocumentEntity),
            typeof(DocumentTemporal),
            typeof(DocumentEngine),
        ];
        ConventionPack conventions =
        [
            new CamelCaseElementNameConvention(),
            new IgnoreIfNullConvention(true),
            // Documents written by a newer service version must stay readable by an older one during a rollout.
            new IgnoreExtraElementsConvention(true),
        ];
        ConventionRegistry.Register("Ingestion.Storage.Articles", conventions, mapped.Contains);

        BsonClassMap.TryRegisterClassMap<ArticleDocument>(map =>
        {
            map.AutoMap();
            map.MapIdMember(d => d.Id);
            map.MapMember(d => d.PublishedAt).SetSerializer(new NullableSerializer<DateTimeOffset>(s_date));
            map.MapMember(d => d.ReceivedAt).SetSerializer(s_date);
            map.MapMember(d => d.EnrichedAt).SetSerializer(s_date);
            map.MapMember(d => d.StoredAt).SetSerializer(s_date);
        });
        BsonClassMap.TryRegisterClassMap<DocumentSource>(map => map.AutoMap());
        BsonClassMap.TryRegisterClassMap<DocumentEntity>(map => map.AutoMap());
        BsonClassMap.TryRegisterClassMap<DocumentTemporal>(map => map.AutoMap());
        BsonClassMap.TryRegisterClassMap<DocumentEngine>(map => map.AutoMap());
        return true;
    }
}
