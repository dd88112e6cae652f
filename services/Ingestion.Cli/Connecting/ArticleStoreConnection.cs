using Ingestion.Cli.Invocation;
using Ingestion.Storage.Persistence;
using Ingestion.Storage.Persistence.LiteDb;
using Ingestion.Storage.Persistence.Mongo;
using MongoDB.Bson;
using MongoDB.Driver;

namespace Ingestion.Cli.Connecting;

/// <summary>
/// Opens the article store for a command that only reads it: a LiteDB file must already exist (opening one creates
/// it, and a mistyped path would read as an empty store); MongoDB must answer a ping within the connect timeout.
/// </summary>
public static class ArticleStoreConnection
{
    public const string Check = "--articles or ConnectionStrings__Articles";

    public static async Task<IArticleStore> OpenForReadingAsync(string connectionString, TimeSpan timeout, CancellationToken cancellationToken)
    {
        string kind;
        try
        {
            kind = ArticleStoreFactory.KindOf(connectionString);
        }
        catch (ArgumentException ex)
        {
            throw new UsageException($"--articles: {ex.Message}");
        }

        return kind == MongoArticleStore.StoreKind
            ? await OpenMongoAsync(connectionString.Trim(), timeout, cancellationToken).ConfigureAwait(false)
            : OpenLiteDb(connectionString.Trim());
    }

    /// <summary>Fails fast when nothing listens at any of the URI's hosts (an SRV URI names none and is left to the driver).</summary>
    public static async Task EnsureMongoListensAsync(MongoUrl url, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (url.Scheme == MongoDB.Driver.Core.Configuration.ConnectionStringScheme.MongoDBPlusSrv)
        {
            return;
        }

        string? failure = null;
        foreach (MongoServerAddress server in url.Servers)
        {
            failure = await TcpProbe.FailureAsync(server.Host, server.Port, timeout, cancellationToken).ConfigureAwait(false);
            if (failure is null)
            {
                return;
            }
        }

        throw new ConnectFailedException("MongoDB", Where(url), failure ?? "no server in the URI", $"that MongoDB runs and {Check}");
    }

    private static IArticleStore OpenLiteDb(string connectionString)
    {
        // The same reading of the string as the store's, without its creating the folder.
        string file = Path.GetFullPath(connectionString.Contains('=', StringComparison.Ordinal)
            ? new LiteDB.ConnectionString(connectionString).Filename
            : connectionString);
        if (!File.Exists(file))
        {
            throw new ConnectFailedException("the LiteDB article store", file, "no such file (nothing was created)", $"{Check}; 'ingest run' creates the store");
        }

        return new LiteDbArticleStore(connectionString);
    }

    private static async Task<IArticleStore> OpenMongoAsync(string connectionString, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var url = MongoUrl.Create(connectionString);
        await EnsureMongoListensAsync(url, timeout, cancellationToken).ConfigureAwait(false);

        MongoClientSettings settings = MongoClientSettings.FromUrl(url);
        settings.ServerSelectionTimeout = timeout;
        settings.ConnectTimeout = timeout;
        var client = new MongoClient(settings);
        string database = MongoArticleStore.DatabaseNameOf(connectionString);
        try
        {
            // Something listens; this tells whether it is a MongoDB that lets us in.
            await client.GetDatabase(database).RunCommandAsync<BsonDocument>(new BsonDocument("ping", 1), cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is TimeoutException or MongoException)
        {
            client.Dispose();
            string reason = ex is MongoAuthenticationException ? "MongoDB refused the credentials" : ConnectFailedException.NoAnswerWithin(timeout);
            throw new ConnectFailedException("MongoDB", Where(url), reason, $"that MongoDB runs and {Check}, or allow longer with --connect-timeout", ex);
        }

        return new ClientOwningArticleStore(new MongoArticleStore(client, database), client);
    }

    // Hosts and database only: the URI may carry a password.
    private static string Where(MongoUrl url) =>
        $"{string.Join(',', url.Servers.Select(server => $"{server.Host}:{server.Port}"))}/{url.DatabaseName}";
}
