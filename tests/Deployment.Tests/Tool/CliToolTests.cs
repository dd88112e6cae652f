using System.Text.Json;
using System.Xml.Linq;
using Ingestion.Deployment.Tests.Manifests;

namespace Ingestion.Deployment.Tests.Tool;

/// <summary>
/// The CLI as a .NET tool, the way the README installs it: <c>dotnet pack</c>, then <c>dotnet tool install</c> from
/// the folder of packages. Slow (a Release build of the CLI and the services, about a minute when nothing is built
/// yet), hence its trait: <c>dotnet test --filter "Category!=Slow"</c> leaves it out while iterating.
/// </summary>
public class CliToolTests
{
    private static readonly TimeSpan s_deadline = TimeSpan.FromMinutes(10);

    [Fact]
    public void Project_PackAsTool_CommandIsIngest()
    {
        XElement project = XDocument.Load(RepositoryFiles.PathOf("services", "Ingestion.Cli", "Ingestion.Cli.csproj")).Root!;

        Assert.Equal("true", project.Descendants("PackAsTool").Single().Value);
        Assert.Equal("ingest", project.Descendants("ToolCommandName").Single().Value);
        Assert.Equal("Ingestion.Cli", project.Descendants("PackageId").Single().Value);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public async Task Tool_PackedAndInstalled_RunsWithItsEmbeddedModels()
    {
        string root = Directory.CreateTempSubdirectory("ingest-tool-").FullName;
        try
        {
            string packages = Path.Combine(root, "artifacts");
            string tools = Path.Combine(root, "tools");

            // Only the folder of packages: the install must not depend on nuget.org.
            string config = Path.Combine(root, "nuget.config");
            await File.WriteAllTextAsync(config, $"""<?xml version="1.0" encoding="utf-8"?><configuration><packageSources><clear /><add key="local" value="{packages}" /></packageSources></configuration>""", TestContext.Current.CancellationToken);

            await RunAsync(RepositoryFiles.Root, "dotnet", "pack", "services/Ingestion.Cli/Ingestion.Cli.csproj", "-c", "Release", "-o", packages, "-nologo");
            Assert.Single(Directory.GetFiles(packages, "Ingestion.Cli.*.nupkg"));
            await RunAsync(root, "dotnet", "tool", "install", "Ingestion.Cli", "--tool-path", tools, "--configfile", config);

            // From a folder of its own, far from the repository: nothing may be read from beside the sources.
            string work = Directory.CreateDirectory(Path.Combine(root, "work")).FullName;
            string ingest = Path.Combine(tools, OperatingSystem.IsWindows() ? "ingest.exe" : "ingest");
            string help = await RunAsync(work, ingest, "--help");
            Assert.Contains("enrich", help, StringComparison.Ordinal);
            Assert.Contains("dashboard", help, StringComparison.Ordinal);

            // The engine's lexicons and models are embedded resources: the gazetteer's canonical name must come out.
            string article = Path.Combine(work, "article.txt");
            File.Copy(RepositoryFiles.PathOf("shared", "data", "examples", "seed", "000_5fc6fc8d7a967a8e.txt"), article);
            using JsonDocument enriched = JsonDocument.Parse(await RunAsync(work, ingest, "enrich", article, "--json"));
            Assert.Contains(
                enriched.RootElement.GetProperty("entities").EnumerateArray(),
                entity => entity.GetProperty("type").GetString() == "LOC" && entity.GetProperty("canonicalName").GetString() == "الولايات المتحدة الأمريكية");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static Task<string> RunAsync(string folder, string file, params string[] arguments) =>
        ExternalCommand.SucceedAsync(folder, file, arguments, s_deadline);
}
