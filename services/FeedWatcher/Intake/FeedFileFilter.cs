namespace Ingestion.FeedWatcher.Intake;

/// <summary>
/// Which names in the feed are articles. Editors and copy tools write under temporary names first (<c>.part</c>,
/// <c>.tmp</c>, <c>~</c> backups, dotfiles) and rename when done: those are never read. Nor are <c>.meta.json</c>
/// sidecars, which belong to their article.
/// </summary>
public static class FeedFileFilter
{
    /// <param name="path">The file, with or without its folder.</param>
    /// <param name="extensions">The readable extensions, with the dot, compared as the set compares (ignoring case).</param>
    public static bool IsCandidate(string path, IReadOnlySet<string> extensions)
    {
        ArgumentNullException.ThrowIfNull(extensions);
        return IsDropped(path, markerSuffix: null) && extensions.Contains(Path.GetExtension(path));
    }

    /// <summary>
    /// Whether the file was dropped to be taken, whatever its extension: not a temporary name, a sidecar or, in marker
    /// mode, a marker.
    /// </summary>
    public static bool IsDropped(string path, string? markerSuffix)
    {
        string name = Path.GetFileName(path);
        return name.Length > 0 && name[0] is not ('.' or '~')
            && !name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase)
            && !name.EndsWith(".part", StringComparison.OrdinalIgnoreCase)
            && !name.EndsWith(Parsing.SidecarMetadata.Suffix, StringComparison.OrdinalIgnoreCase)
            && !(markerSuffix is { Length: > 0 } && name.EndsWith(markerSuffix, StringComparison.Ordinal));
    }
}
