using Ingestion.FeedWatcher.Parsing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ingestion.FeedWatcher.Intake;

/// <summary>
/// Lets several watchers share one feed folder without publishing a file twice. Before a file is read, the watcher
/// renames it into its own claim folder, <c>{Path}/.claims/{InstanceId}/</c>; rename(2) is atomic within one file
/// system, so of two watchers renaming the same file exactly one succeeds and the other finds it gone and skips it.
/// A claimed file leaves the claim folder when the intake moves it to processed, failed or duplicates; one that could
/// not be finished (deferred, broker refused it) is released back into the feed. A claim left by a watcher that died
/// is released by any watcher once its lease (<see cref="FeedOptions.ClaimLease"/>, counted from the claim's
/// modification time, which claiming sets) has run out, and by the same watcher at once when it starts again.
/// </summary>
public sealed partial class FeedClaims(IOptions<FeedOptions> feedOptions, TimeProvider time, ILogger<FeedClaims> logger)
{
    public const string FolderName = ".claims";

    private readonly FeedOptions _options = feedOptions.Value;
    private readonly string _feed = Path.GetFullPath(feedOptions.Value.Path);
    private readonly string _root = Path.GetFullPath(feedOptions.Value.ResolvedClaimsPath);
    private readonly string _mine = Path.Combine(Path.GetFullPath(feedOptions.Value.ResolvedClaimsPath), feedOptions.Value.ResolvedInstanceId);

    /// <summary>This watcher's claim folder.</summary>
    public string Folder => _mine;

    /// <summary>Whether this watcher holds a claimed file: one being read and published right now.</summary>
    public bool HoldsAny() => Directory.Exists(_mine) && Directory.EnumerateFiles(_mine, "*", SearchOption.AllDirectories).Any();

    /// <summary>
    /// Moves the file and its companions (marker, sidecar) into this watcher's claim folder. Returns the claimed
    /// entry, or null when another watcher claimed the file first (or it is gone).
    /// </summary>
    public FeedEntry? TryClaim(FeedEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        string claimed = Path.Combine(_mine, Path.GetRelativePath(_feed, Path.GetFullPath(entry.Path)));

        // Only this watcher writes here, and a scan never takes two files of one name at once (recursive mode keeps
        // their folders): a file already present is an earlier claim not yet released, which the next scan releases.
        if (File.Exists(claimed))
        {
            return null;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(claimed)!);
        if (!TryRename(entry.Path, claimed))
        {
            LogLost(logger, Path.GetFileName(entry.Path));
            return null;
        }

        // The lease runs from the claim, not from the producer's last write, which the quiet period made old.
        File.SetLastWriteTimeUtc(claimed, time.GetUtcNow().UtcDateTime);
        string? marker = entry.MarkerPath is null ? null : claimed + _options.MarkerSuffix;
        MoveCompanions(entry.Path, claimed, overwrite: true);
        return entry with { Path = claimed, MarkerPath = marker };
    }

    /// <summary>Puts a claimed file that is still in the claim folder back into the feed for another scan.</summary>
    public void ReleaseIfHeld(FeedEntry claimed)
    {
        ArgumentNullException.ThrowIfNull(claimed);
        if (File.Exists(claimed.Path))
        {
            Release(claimed.Path);
        }
    }

    /// <summary>
    /// Releases this watcher's own claims left from before (it crashed or was killed while holding them) and takes
    /// back the claims of other watchers whose lease ran out. Call at the start of a scan, when this watcher holds no
    /// claim of its own in progress. Returns how many files went back into the feed.
    /// </summary>
    public int RecoverAbandoned()
    {
        if (!Directory.Exists(_root))
        {
            return 0;
        }

        int released = 0;
        DateTime expired = time.GetUtcNow().UtcDateTime - _options.ClaimLease;
        foreach (string folder in Directory.EnumerateDirectories(_root))
        {
            bool own = string.Equals(Path.GetFullPath(folder), _mine, StringComparison.Ordinal);
            foreach (string file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Where(IsClaimedArticle).ToList())
            {
                if (own)
                {
                    released += Release(file) ? 1 : 0;
                }
                else if (File.GetLastWriteTimeUtc(file) < expired && TakeOver(folder, file) is { } taken)
                {
                    LogTakenOver(logger, Path.GetFileName(file), Path.GetFileName(folder));
                    released += Release(taken) ? 1 : 0;
                }
            }
        }

        return released;
    }

    private bool IsClaimedArticle(string path) =>
        !path.EndsWith(SidecarMetadata.Suffix, StringComparison.OrdinalIgnoreCase)
        && !(_options.MarkerSuffix is { Length: > 0 } suffix && path.EndsWith(suffix, StringComparison.Ordinal));

    // Renamed into this watcher's folder first, so that of several watchers finding the same stale claim only one
    // takes it; the release that follows then moves a file no one else touches.
    private string? TakeOver(string folder, string file)
    {
        string taken = Path.Combine(_mine, Path.GetRelativePath(folder, file));
        if (File.Exists(taken))
        {
            return null;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(taken)!);
        if (!TryRename(file, taken))
        {
            return null;
        }

        MoveCompanions(file, taken, overwrite: true);
        return taken;
    }

    private bool Release(string claimed)
    {
        string back = Path.Combine(_feed, Path.GetRelativePath(_mine, claimed));
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(back)!);

            // Without overwrite the move fails when a new file of the same name was dropped meanwhile: that file is
            // kept, and this one waits in the claim folder for the next scan's release.
            File.Move(claimed, back, overwrite: false);
        }
        catch (IOException ex) when (File.Exists(back))
        {
            LogReleaseWaits(logger, Path.GetFileName(claimed), ex.Message);
            return false;
        }

        MoveCompanions(claimed, back, overwrite: false);
        LogReleased(logger, Path.GetFileName(claimed));
        return true;
    }

    // File.Move with overwrite is a plain rename(2), atomic: of two watchers only one moves the file, the other gets
    // ENOENT. Without overwrite some .NET versions link then unlink the source, and two watchers could both link the
    // same file before either unlinks it. The target is in this watcher's own folder and was checked free.
    private static bool TryRename(string source, string target)
    {
        try
        {
            File.Move(source, target, overwrite: true);
            return true;
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return false;
        }
    }

    private void MoveCompanions(string from, string to, bool overwrite)
    {
        if (_options.MarkerSuffix is { Length: > 0 } suffix)
        {
            MoveIfPresent(from + suffix, to + suffix, overwrite);
        }

        MoveIfPresent(SidecarMetadata.PathFor(from), SidecarMetadata.PathFor(to), overwrite);
    }

    private static void MoveIfPresent(string from, string to, bool overwrite)
    {
        try
        {
            File.Move(from, to, overwrite);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            // No such companion.
        }
        catch (IOException) when (!overwrite && File.Exists(to))
        {
            // A companion of a newer file of the same name: that one is kept.
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "{FileName} was claimed by another watcher first")]
    private static partial void LogLost(ILogger logger, string fileName);

    // Debug: the failure that made the file go back already said so, once; a recovered claim is logged by its caller.
    [LoggerMessage(Level = LogLevel.Debug, Message = "Released {FileName} back into the feed")]
    private static partial void LogReleased(ILogger logger, string fileName);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{FileName} stays claimed until the next scan: {Reason}")]
    private static partial void LogReleaseWaits(ILogger logger, string fileName, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The claim on {FileName} by watcher {Owner} outlived its lease; taking it back")]
    private static partial void LogTakenOver(ILogger logger, string fileName, string owner);
}
