namespace Ingestion.Deployment.Tests.Manifests;

/// <summary>Files of the repository, found from the test binary.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    public static string Read(params string[] parts) => File.ReadAllText(PathOf(parts));

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
