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

        // Stored as a BSON date in UTC at millisecond precision, exactly as the Mongo store keeps it, so that both
        // stores return the same values (LiteDB would otherwise keep DateTime.MaxValue to the tick).
        mapper.RegisterType(ToBson, bson => new DateTimeOffset(AsUtc(bson.AsDateTime)));
        mapper.Entity<ArticleDocument>().Id(d => d.Id, autoId: false);
        return mapper;
    }

    /// <summary>How a <see cref="DateTimeOffset"/> is stored: a BSON date in UTC, whole milliseconds.</summary>
    public static BsonValue ToBson(DateTimeOffset value) => new(ToMilliseconds(value.UtcDateTime));

    private static DateTime ToMilliseconds(DateTime utc) =>
        new(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);

    // The store sets the UtcDate pragma, but a file opened elsewhere may hand back local times; DateTime.MinValue and
    // MaxValue come back with an unspecified kind and converting those as local time would shift them.
    private static DateTime AsUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };
}
