namespace Ingestion.FeedWatcher.Intake;

/// <summary>
/// One look at the feed: which files are complete and may be taken now, and how many are still being written.
/// A file is complete once it has not been written to for the quiet period and its size has not changed since the
/// previous look; in marker mode, once its marker exists as well.
/// </summary>
public sealed class FeedListing(FeedOptions options)
{
    // Sizes seen at the previous look: a writer that keeps a file's modification time still changes its size.
    private Dictionary<string, long> _previousSizes = new(StringComparer.Ordinal);

    public FeedLook Look(DateTime nowUtc)
    {
        var ready = new List<FeedEntry>();
        var escaping = new List<string>();
        var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
        int waiting = 0;
        TimeSpan? nextDue = null;
        DateTime oldest = nowUtc;
        string root = Path.GetFullPath(options.Path);
        foreach (FileInfo file in Enumerate(root))
        {
            // Every dropped file is taken, whatever its extension: one no reader takes goes to failed/ with a reason
            // instead of waiting in the feed for ever.
            if (!FeedFileFilter.IsDropped(file.Name, options.MarkerSuffix))
            {
                continue;
            }

            if (file.Attributes.HasFlag(FileAttributes.ReparsePoint) && !PointsInside(file, root))
            {
                escaping.Add(file.FullName);
                continue;
            }

            string? marker = options.MarkerSuffix is { Length: > 0 } suffix ? file.FullName + suffix : null;
            sizes[file.FullName] = file.Length;
            if (file.LastWriteTimeUtc < oldest)
            {
                oldest = file.LastWriteTimeUtc;
            }

            bool quiet = nowUtc - file.LastWriteTimeUtc >= options.QuietPeriod;
            bool sameSize = !_previousSizes.TryGetValue(file.FullName, out long previous) || previous == file.Length;
            if (quiet && sameSize && (marker is null || File.Exists(marker)))
            {
                ready.Add(new FeedEntry(file.FullName, marker, new DateTimeOffset(file.LastWriteTimeUtc, TimeSpan.Zero)));
            }
            else if (marker is null || File.Exists(marker))
            {
                waiting++;

                // Quiet at its last write plus the quiet period; one whose size changed under an old time at the next look.
                TimeSpan due = quiet ? options.QuietPeriod : file.LastWriteTimeUtc + options.QuietPeriod - nowUtc;
                nextDue = nextDue is { } earlier && earlier < due ? earlier : due;
            }
        }

        _previousSizes = sizes;
        return new FeedLook(ready, waiting, escaping, nowUtc - oldest, nextDue);
    }

    private IEnumerable<FileInfo> Enumerate(string root)
    {
        var enumeration = new EnumerationOptions
        {
            RecurseSubdirectories = options.Recursive,
            AttributesToSkip = FileAttributes.Hidden,
            IgnoreInaccessible = true,
        };
        string[] excluded =
        [
            Path.GetFullPath(options.ResolvedProcessedPath),
            Path.GetFullPath(options.ResolvedFailedPath),
            Path.GetFullPath(options.ResolvedDuplicatesPath),
            Path.GetFullPath(options.ResolvedStatePath),
            Path.GetFullPath(options.ResolvedClaimsPath),
        ];
        return new DirectoryInfo(root).EnumerateFiles("*", enumeration)
            .Where(file => !options.Recursive || !excluded.Any(folder => file.FullName.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal)));
    }

    // A link is followed only when its target stays inside the feed; one pointing elsewhere could exfiltrate any file.
    private static bool PointsInside(FileInfo link, string root)
    {
        FileSystemInfo? target = link.ResolveLinkTarget(returnFinalTarget: true);
        return target is not null && Path.GetFullPath(target.FullName).StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }
}
