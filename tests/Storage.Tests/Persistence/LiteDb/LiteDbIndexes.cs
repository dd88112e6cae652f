using LiteDB;

namespace Ingestion.Storage.Tests.Persistence.LiteDb;

/// <summary>Reads a LiteDB file's index names for the articles collection, through a second shared connection.</summary>
internal static class LiteDbIndexes
{
    public static List<string> Names(string file)
    {
        using LiteDatabase database = new($"Filename={file};Connection=shared");
        return [.. database.GetCollection("$indexes")
            .Find(BsonExpression.Create("collection = @0", "articles"))
            .Select(index => index["name"].AsString)
            .Order(StringComparer.Ordinal)];
    }
}
