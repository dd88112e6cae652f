using LiteDB;

namespace Ingestion.Storage.Persistence.LiteDb;

/// <summary>
/// Writes an <see cref="ArticleDocument"/> as the BSON that <see cref="LiteDbArticleMapper"/> makes of it, field for field
/// (PascalCase names, <c>_id</c> first, null members left out, dates as <see cref="LiteDbArticleMapper.ToBson"/>), without
/// the mapper's reflection: on every write the mapper looked up members, boxed values and grew dictionaries for each of
/// about 40 sub-documents. Reading stays with the mapper, which reads what this writes.
/// </summary>
public static class LiteDbArticleBson
{
    public static BsonDocument ToDocument(ArticleDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        BsonDocument bson = new()
        {
            ["_id"] = document.Id,
            ["Title"] = document.Title,
            ["Text"] = document.Text,
            ["Language"] = document.Language,
        };
        AddIfSet(bson, "PublishedAt", document.PublishedAt is { } published ? LiteDbArticleMapper.ToBson(published) : null);
        AddIfSet(bson, "PublishedAtSource", document.PublishedAtSource);
        bson["ReceivedAt"] = LiteDbArticleMapper.ToBson(document.ReceivedAt);
        bson["EnrichedAt"] = LiteDbArticleMapper.ToBson(document.EnrichedAt);
        bson["StoredAt"] = LiteDbArticleMapper.ToBson(document.StoredAt);
        bson["ContentHash"] = document.ContentHash;
        bson["Source"] = Source(document.Source);
        bson["Entities"] = new BsonArray(document.Entities.Select(Entity));
        bson["Temporal"] = new BsonArray(document.Temporal.Select(Temporal));
        bson["Engine"] = Engine(document.Engine);
        bson["Warnings"] = Strings(document.Warnings);
        if (document.Metadata is { } metadata)
        {
            BsonDocument values = [];
            foreach ((string key, string value) in metadata)
            {
                values[key] = value;
            }

            bson["Metadata"] = values;
        }

        if (document.Search is { } search)
        {
            bson["Search"] = new BsonDocument
            {
                ["Entities"] = Strings(search.Entities),
                ["Dates"] = Strings(search.Dates),
                ["Agencies"] = Strings(search.Agencies),
            };
        }

        return bson;
    }

    private static BsonDocument Source(DocumentSource source)
    {
        BsonDocument bson = new() { ["FileName"] = source.FileName };
        AddIfSet(bson, "Format", source.Format);
        AddIfSet(bson, "Charset", source.Charset);
        AddIfSet(bson, "SourceId", source.SourceId);
        AddIfSet(bson, "Name", source.Name);
        AddIfSet(bson, "Url", source.Url);
        AddIfSet(bson, "Agency", source.Agency);
        AddIfSet(bson, "AgencyAbbreviation", source.AgencyAbbreviation);
        AddIfSet(bson, "AgencyLatin", source.AgencyLatin);
        return bson;
    }

    private static BsonValue Entity(DocumentEntity entity)
    {
        BsonDocument bson = new()
        {
            ["Text"] = entity.Text,
            ["Type"] = entity.Type,
            ["Start"] = entity.Start,
            ["End"] = entity.End,
            ["Confidence"] = entity.Confidence,
        };
        AddIfSet(bson, "CanonicalName", entity.CanonicalName);
        AddIfSet(bson, "Role", entity.Role);
        return bson;
    }

    private static BsonValue Temporal(DocumentTemporal temporal)
    {
        BsonDocument bson = new()
        {
            ["Text"] = temporal.Text,
            ["Type"] = temporal.Type,
            ["Start"] = temporal.Start,
            ["End"] = temporal.End,
            ["Value"] = temporal.Value,
        };
        AddIfSet(bson, "Mod", temporal.Mod);
        return bson;
    }

    private static BsonDocument Engine(DocumentEngine engine)
    {
        BsonDocument bson = new() { ["Name"] = engine.Name, ["Version"] = engine.Version };
        AddIfSet(bson, "ModelVersion", engine.ModelVersion);
        return bson;
    }

    private static BsonArray Strings(List<string> values) => new(values.Select(value => new BsonValue(value)));

    // The mapper leaves null members out (SerializeNullValues is off), so a missing field and a null read back the same.
    private static void AddIfSet(BsonDocument bson, string name, BsonValue? value)
    {
        if (value is not null)
        {
            bson[name] = value;
        }
    }

    private static void AddIfSet(BsonDocument bson, string name, string? value)
    {
        if (value is not null)
        {
            bson[name] = value;
        }
    }
}
