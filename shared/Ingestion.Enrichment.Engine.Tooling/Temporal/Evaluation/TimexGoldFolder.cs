namespace Ingestion.Enrichment.Engine.Temporal.Evaluation;

/// <summary>
/// Every gold document under a folder, in path order: TimeML files (<c>*.tml</c>, English) and stand-off gold files
/// (<c>*.jsonl</c>, see <see cref="StandoffGoldReader"/>) whose texts live under a separate text root.
/// </summary>
public static class TimexGoldFolder
{
    /// <param name="directory">Searched recursively.</param>
    /// <param name="textRoot">Where stand-off sources are found.</param>
    /// <param name="heldOut">TimeML document ids (file names without extension) marked part "test"; the others are "dev".</param>
    public static IReadOnlyList<TimexDocument> Load(string directory, string textRoot, IReadOnlySet<string>? heldOut = null)
    {
        var documents = new List<TimexDocument>();
        foreach (string path in Directory.EnumerateFiles(directory, "*.*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (path.EndsWith(".tml", StringComparison.OrdinalIgnoreCase))
            {
                TimexDocument document = TimeMlReader.Read(path);
                documents.Add(document with { Part = heldOut?.Contains(document.Id) == true ? "test" : "dev" });
            }
            else if (path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
            {
                documents.AddRange(StandoffGoldReader.Read(path, textRoot));
            }
        }

        return documents;
    }

    /// <summary>Ids from a list file: one per line, blank lines and <c>#</c> comments ignored.</summary>
    public static HashSet<string> ReadIdList(string path) =>
        [.. File.ReadLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))];
}
