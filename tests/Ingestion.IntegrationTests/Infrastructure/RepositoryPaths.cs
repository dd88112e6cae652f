namespace Ingestion.IntegrationTests.Infrastructure;

/// <summary>Where things are, found from the test binary: the repository root, the services' builds, ../shared.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary><c>../shared/corpus/news-ar/articles</c> beside the repository; present on CI, absent in a user's clone.</summary>
    public static string NewsArticles => Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus", "news-ar", "articles"));

    public static string Seed => Path.Combine(Root, "shared", "data", "examples", "seed", "000_5fc6fc8d7a967a8e.txt");

    /// <summary>The service's dll from its own build folder, in the configuration these tests were built in.</summary>
    public static string ServiceDll(string project, string assembly)
    {
        string configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        string dll = Path.Combine(Root, "services", project, "bin", configuration, "net10.0", assembly + ".dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"Build {project} first: {dll} is missing.", dll);
    }

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
