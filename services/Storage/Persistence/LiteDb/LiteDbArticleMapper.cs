using LiteDB;

namespace Ingestion.Storage.Persistence.LiteDb;

/// <summary>
/// A private <see cref="BsonMapper"/> for articles, so that nothing else in the process changes how they are stored.
/// </summary>
public static class LiteDbArticleMapper
{
    public static BsonMapper Create()
    {
        BsonMapper mapper = new()
        {
            // The defaults trim strings and turn "" into null; stored text must come back exactly as the engine saw it.
            TrimWhitespace = false,
            EmptyStringToNull = false,
        };

        // Stored as a BSON date in UTC, like the Mongo store: LiteDB keeps milliseconds, and reading converts the
        // value back to UTC whatever the UtcDate pragma says.
        mapper.RegisterType(
            value => new BsonValue(value.UtcDateTime),
            bson => new DateTimeOffset(DateTime.SpecifyKind(bson.AsDateTime.ToUniversalTime(), DateTimeKind.Utc)));
        mapper.Entity<ArticleDocument>().Id(d => d.Id, autoId: false);
        return mapper;
    }
}
