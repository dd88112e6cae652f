using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Ingestion.Deployment.Tests.Manifests;

/// <summary>What the repository says about each service: its project, assembly, default port, and the image's port.</summary>
internal static partial class ServiceProjects
{
    /// <summary>Compose/Kubernetes name → project folder under <c>services/</c>.</summary>
    public static readonly IReadOnlyDictionary<string, string> ByName = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["feed-watcher"] = "FeedWatcher",
        ["enrichment"] = "Enrichment",
        ["storage"] = "Storage",
    };

    public static string AssemblyName(string project) =>
        XDocument.Load(RepositoryFiles.PathOf("services", project, project + ".csproj")).Descendants("AssemblyName").Single().Value;

    /// <summary>The port of the service's default <c>Urls</c> in its appsettings.json (5081, 5082, 5083).</summary>
    public static int DefaultPort(string project)
    {
        using JsonDocument settings = JsonDocument.Parse(RepositoryFiles.Read("services", project, "appsettings.json"));
        return new Uri(settings.RootElement.GetProperty("Urls").GetString()!).Port;
    }

    /// <summary>The port the image listens on, from the Dockerfile's <c>Urls</c>.</summary>
    public static int ImagePort() =>
        int.Parse(ImageUrls().Match(RepositoryFiles.Read("deploy", "Dockerfile")).Groups["port"].Value, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\bUrls=http://\+:(?<port>\d+)")]
    private static partial Regex ImageUrls();
}
