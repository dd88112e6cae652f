using Ingestion.FeedWatcher.Ledger;

namespace Ingestion.Cli.Running;

/// <summary>
/// Where the feed-watcher's ledger is, for the commands that read it beside a watcher (<c>ingest status</c>, the status
/// page): the folder given (option or <c>Feed__StatePath</c>), else the first that holds a ledger of a standalone
/// watcher's <c>{feed}/.ingest</c> and <c>ingest run</c>'s <c>{data}/intake</c>.
/// </summary>
public sealed record LedgerLocation(string Path, bool Exists, IReadOnlyList<string> Searched)
{
    public static LedgerLocation Resolve(string? state, string data, string feed)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(feed);
        string[] candidates = (state ?? Environment.GetEnvironmentVariable("Feed__StatePath")) is { } given
            ? [System.IO.Path.GetFullPath(given)]
            : [System.IO.Path.GetFullPath(System.IO.Path.Combine(feed, ".ingest")), System.IO.Path.GetFullPath(System.IO.Path.Combine(data, "intake"))];
        string? found = candidates.FirstOrDefault(folder => File.Exists(System.IO.Path.Combine(folder, IntakeLedger.FileName)));
        // With no ledger yet, the one `ingest run` will write: the status page, started first, then finds it.
        return new LedgerLocation(found ?? candidates[^1], found is not null, candidates);
    }
}
