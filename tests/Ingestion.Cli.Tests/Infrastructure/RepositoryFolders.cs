namespace Ingestion.Cli.Tests.Infrastructure;

/// <summary>The repository's folders, found from the test binary.</summary>
internal static class RepositoryFolders
{
    public static string Root { get; } = FindRoot();

    public static string Seed => Path.Combine(Root, "shared", "data", "examples", "seed", "000_5fc6fc8d7a967a8e.txt");

    /// <summary>The browser test's node project (package.json, the script, node_modules after <c>npm ci</c>).</summary>
    public static string BrowserTest => Path.Combine(Root, "tests", "Ingestion.Cli.Tests", "Dashboard", "Browser");

    private static string FindRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Ingestion.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Ingestion.sln not found above " + AppContext.BaseDirectory);
    }
}
