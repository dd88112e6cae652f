using Ingestion.Storage.Persistence.LiteDb;
using Ingestion.Storage.Persistence.Mongo;
using MongoDB.Driver;

namespace Ingestion.Storage.Persistence;

/// <summary>Picks the article store from the form of its connection string.</summary>
public static class ArticleStoreFactory
{
    public const string ExpectedForms =
        "Expected 'mongodb://host[:port]/database', 'mongodb+srv://host/database', "
        + "a LiteDB connection string such as 'Filename=/data/articles.db;Connection=shared', or a path ending in '.db'.";

    /// <summary>
    /// Returns <see cref="MongoArticleStore.StoreKind"/> or <see cref="LiteDbArticleStore.StoreKind"/>; throws
    /// <see cref="ArgumentException"/> naming the accepted forms for anything else, malformed MongoDB URIs
    /// included. Never connects.
    /// </summary>
    public static string KindOf(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new ArgumentException($"The article store connection string is empty. {ExpectedForms}", nameof(connectionString));
        }

        string trimmed = connectionString.Trim();
        // Ordinal, as the driver is: it rejects an upper-case scheme.
        if (trimmed.StartsWith("mongodb://", StringComparison.Ordinal) || trimmed.StartsWith("mongodb+srv://", StringComparison.Ordinal))
        {
            EnsureValidMongoUrl(trimmed);
            return MongoArticleStore.StoreKind;
        }

        if (LiteDbConnection.IsLiteDb(trimmed))
        {
            return LiteDbArticleStore.StoreKind;
        }

        // The string itself is not echoed: it may carry a password.
        throw new ArgumentException($"The article store connection string is not recognised. {ExpectedForms}", nameof(connectionString));
    }

    private static void EnsureValidMongoUrl(string connectionString)
    {
        try
        {
            // Parsing only: no DNS lookup for mongodb+srv and no connection.
            _ = MongoUrl.Create(connectionString);
        }
        catch (MongoConfigurationException ex)
        {
            // The driver's message can quote the URI and its password, so only the inner exception keeps it.
            throw new ArgumentException($"The MongoDB connection string is malformed. {ExpectedForms}", nameof(connectionString), ex);
        }
    }

    /// <summary>
    /// Creates the store. A MongoDB client connects lazily, so this does no I/O for MongoDB; LiteDB opens (and may
    /// create) its file and folder.
    /// </summary>
    public static IArticleStore Create(string connectionString) => KindOf(connectionString) switch
    {
        MongoArticleStore.StoreKind => new MongoArticleStore(connectionString.Trim()),
        _ => new LiteDbArticleStore(connectionString.Trim()),
    };
}
