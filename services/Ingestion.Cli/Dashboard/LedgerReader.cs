using Ingestion.FeedWatcher.Ledger;

namespace Ingestion.Cli.Dashboard;

/// <summary>
/// Reads the feed-watcher's ledger for the status page: the running watcher's own instance inside <c>ingest run</c>,
/// else the file opened read-only for each read, so that the page sees what a watcher in another process wrote.
/// </summary>
public sealed class LedgerReader(string statePath, IntakeLedger? shared = null)
{
    /// <summary>True inside <c>ingest run</c>: the watcher runs in this process.</summary>
    public bool InProcess => shared is not null;

    public bool Exists => shared is not null || File.Exists(Path.Combine(statePath, IntakeLedger.FileName));

    /// <summary>The result of <paramref name="read"/>, or <paramref name="none"/> while there is no ledger yet.</summary>
    public T Read<T>(Func<IntakeLedger, T> read, T none)
    {
        ArgumentNullException.ThrowIfNull(read);
        if (shared is not null)
        {
            return read(shared);
        }

        if (!File.Exists(Path.Combine(statePath, IntakeLedger.FileName)))
        {
            return none;
        }

        using var ledger = new IntakeLedger(statePath, readOnly: true);
        return read(ledger);
    }
}
