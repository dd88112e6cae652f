using System.Globalization;
using LiteDB;

namespace Ingestion.Storage.Persistence.LiteDb;

/// <summary>Reads the LiteDB connection strings the store accepts and fills in this project's defaults.</summary>
public static class LiteDbConnection
{
    private const string ConnectionKey = "connection";
    private const string CollationKey = "collation";

    /// <summary>True for <c>Filename=…</c> strings and for plain paths ending in <c>.db</c>.</summary>
    public static bool IsLiteDb(string connectionString)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        string trimmed = connectionString.Trim();
        return trimmed.Contains("Filename=", StringComparison.OrdinalIgnoreCase)
            || (!trimmed.Contains('=', StringComparison.Ordinal) && trimmed.EndsWith(".db", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Parses the string, defaults to shared mode (LiteDB's own default is direct, which would lock the CLI out of the
    /// file while the storage service runs), defaults new files to ordinal collation, and creates the folder.
    /// </summary>
    public static ConnectionString Parse(string connectionString)
    {
        if (!IsLiteDb(connectionString))
        {
            throw new ArgumentException(
                "A LiteDB connection string needs 'Filename=<path>' (e.g. 'Filename=/data/articles.db;Connection=shared') or is a path ending in '.db'.",
                nameof(connectionString));
        }

        string trimmed = connectionString.Trim();
        ConnectionString parsed = trimmed.Contains('=', StringComparison.Ordinal)
            ? new ConnectionString(trimmed)
            : new ConnectionString { Filename = trimmed };
        if (string.IsNullOrWhiteSpace(parsed.Filename))
        {
            throw new ArgumentException("The LiteDB connection string has an empty 'Filename'.", nameof(connectionString));
        }

        if (!HasKey(trimmed, ConnectionKey))
        {
            parsed.Connection = ConnectionType.Shared;
        }

        if (!HasKey(trimmed, CollationKey))
        {
            // LiteDB defaults to the current culture, ignoring case: ids "A1" and "a1" would collide and export order
            // would differ from MongoDB's binary order. Collation is fixed when the file is created.
            parsed.Collation = new Collation(CultureInfo.InvariantCulture.LCID, CompareOptions.Ordinal);
        }

        parsed.Filename = Path.GetFullPath(parsed.Filename);
        string? folder = Path.GetDirectoryName(parsed.Filename);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        return parsed;
    }

    private static bool HasKey(string connectionString, string key) =>
        connectionString.Split(';').Any(part =>
        {
            int equals = part.IndexOf('=', StringComparison.Ordinal);
            return equals > 0 && part[..equals].Trim().Equals(key, StringComparison.OrdinalIgnoreCase);
        });
}
