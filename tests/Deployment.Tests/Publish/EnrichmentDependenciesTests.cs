using System.Text.Json;

namespace Ingestion.Deployment.Tests.Publish;

/// <summary>
/// <c>dotnet publish services/Enrichment</c> ships the libraries the service's deps.json lists, and the build copies
/// that file beside this test (which references the service). Reading it checks the published output without a
/// publish: the engine's training and evaluation tooling must stay out of the service.
/// </summary>
public class EnrichmentDependenciesTests
{
    [Fact]
    public void EnrichmentService_DepsJson_ListsTheEngineButNotItsTooling()
    {
        using JsonDocument deps = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Ingestion.Enrichment.deps.json")));
        string[] libraries = [.. deps.RootElement.GetProperty("libraries").EnumerateObject().Select(library => library.Name[..library.Name.IndexOf('/', StringComparison.Ordinal)])];

        Assert.Contains("Ingestion.Enrichment.Engine", libraries);
        Assert.DoesNotContain("Ingestion.Enrichment.Engine.Tooling", libraries);
    }
}
