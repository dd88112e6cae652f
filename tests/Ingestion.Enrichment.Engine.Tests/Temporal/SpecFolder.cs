namespace Ingestion.Enrichment.Engine.Tests.Temporal;

internal static class SpecFolder
{
    /// <summary>The repository root: the first ancestor of the test binaries holding <c>shared/data</c>.</summary>
    public static string RepositoryRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "shared", "data")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("No ancestor of the test binaries holds shared/data.");
    }

    public static string DatesAr() => Path.Combine(RepositoryRoot(), "shared", "data", "corpus", "dates-ar");
}
