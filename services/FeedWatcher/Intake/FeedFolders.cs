using System.Text.Json;
using Ingestion.FeedWatcher.Parsing;

namespace Ingestion.FeedWatcher.Intake;

/// <summary>Moves files out of the feed once they are dealt with, and never overwrites one already moved.</summary>
public sealed class FeedFolders(FeedOptions options)
{
    private static readonly JsonSerializerOptions s_noteJson = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public void EnsureExist()
    {
        Directory.CreateDirectory(options.Path);
        Directory.CreateDirectory(options.ResolvedProcessedPath);
        Directory.CreateDirectory(options.ResolvedFailedPath);
        Directory.CreateDirectory(options.ResolvedDuplicatesPath);
    }

    public string MoveToProcessed(string path) => MoveInto(path, options.ResolvedProcessedPath);

    /// <summary>
    /// A file's companions follow it: its marker (so it cannot release a later file of the same name) and its
    /// <c>.meta.json</c> sidecar.
    /// </summary>
    public void MoveCompanions(string originalPath, string movedPath)
    {
        if (options.MarkerSuffix is { Length: > 0 } suffix && File.Exists(originalPath + suffix))
        {
            File.Move(originalPath + suffix, movedPath + suffix, overwrite: true);
        }

        string sidecar = Parsing.SidecarMetadata.PathFor(originalPath);
        if (File.Exists(sidecar))
        {
            File.Move(sidecar, Parsing.SidecarMetadata.PathFor(movedPath), overwrite: true);
        }
    }

    /// <summary>Moves the file to <c>failed/</c> and writes <c>&lt;name&gt;.error.json</c> beside it saying why.</summary>
    public string MoveToFailed(string path, Exception reason, string? fileHash, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(reason);
        Exception cause = reason is Parsing.ArticleParseException { InnerException: { } inner } ? inner : reason;
        return MoveWithNote(path, options.ResolvedFailedPath, ".error.json", new
        {
            file = Path.GetFileName(path),
            error = reason.Message,
            exceptionType = cause.GetType().FullName,
            sha256 = fileHash,
            failedAt = at,
        });
    }

    /// <summary>Moves a file whose articles were all published before to <c>duplicates/</c>, noting the original.</summary>
    public string MoveToDuplicates(string path, IReadOnlyList<string> originals, DateTimeOffset at) =>
        MoveWithNote(path, options.ResolvedDuplicatesPath, ".duplicate.json", new { file = Path.GetFileName(path), duplicateOf = originals, detectedAt = at });

    /// <summary>
    /// The file of this name and SHA-256 in <c>processed/</c>, else in <c>duplicates/</c> (where a file goes that was
    /// published but not moved before a crash), under its name or the one a name conflict gave it (<c>a.1.txt</c>);
    /// null when it is in neither.
    /// </summary>
    public string? FindMoved(string fileName, string fileHash)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(fileHash);
        foreach (string folder in new[] { options.ResolvedProcessedPath, options.ResolvedDuplicatesPath })
        {
            // The names MoveInto gives, in its order: it takes the first one free, so they are probed, not listed (a
            // listing of a processed folder of 100,000 files would be read for each article).
            string target = Path.Combine(folder, fileName);
            for (int attempt = 1; File.Exists(target); attempt++)
            {
                if (HasHash(target, fileHash))
                {
                    return target;
                }

                target = Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(fileName)}.{attempt}{Path.GetExtension(fileName)}");
            }
        }

        return null;
    }

    /// <summary>Failed files, by name, for <c>ingest feed retry</c>.</summary>
    public IReadOnlyList<string> FailedFiles() =>
        Directory.Exists(options.ResolvedFailedPath)
            ? Directory.EnumerateFiles(options.ResolvedFailedPath).Where(path => !path.EndsWith(".error.json", StringComparison.Ordinal)).Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal).ToList()
            : [];

    /// <summary>Moves a failed file back into the feed for another try; its error note goes, its companions follow.</summary>
    public string ReplayFailed(string fileName)
    {
        string failed = Path.Combine(options.ResolvedFailedPath, Path.GetFileName(fileName));
        if (!File.Exists(failed))
        {
            throw new FileNotFoundException($"No failed file named '{fileName}' in {options.ResolvedFailedPath}.", failed);
        }

        string target = MoveInto(failed, options.Path);
        MoveCompanions(failed, target);
        File.Delete(failed + ".error.json");
        return target;
    }

    private static string MoveWithNote(string path, string folder, string noteSuffix, object note)
    {
        string target = MoveInto(path, folder);
        File.WriteAllText(target + noteSuffix, JsonSerializer.Serialize(note, s_noteJson));
        return target;
    }

    private static bool HasHash(string path, string fileHash)
    {
        using FileStream stream = File.OpenRead(path);
        return string.Equals(FeedFileReader.HashOf(stream), fileHash, StringComparison.Ordinal);
    }

    private static string MoveInto(string path, string folder)
    {
        string name = Path.GetFileName(path);
        string target = Path.Combine(folder, name);
        for (int attempt = 1; File.Exists(target); attempt++)
        {
            target = Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(name)}.{attempt}{Path.GetExtension(name)}");
        }

        File.Move(path, target);
        return target;
    }
}
