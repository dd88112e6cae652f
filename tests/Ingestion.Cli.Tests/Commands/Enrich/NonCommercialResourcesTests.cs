using System.Text.Json;
using Ingestion.Cli.Tests.Infrastructure;

namespace Ingestion.Cli.Tests.Commands.Enrich;

/// <summary>
/// The resources derived from non-commercial data (word clusters and the Arabic model that reads them) are used only when
/// a deployment names their folder; otherwise the engine runs on its embedded model, and the stored model version says
/// which.
/// </summary>
public sealed class NonCommercialResourcesTests
{
    [Fact]
    public async Task Enrich_WithTheResourcesNamed_SaysHowManyClusteredWordsItLoaded()
    {
        string folder = Path.Combine(RepositoryFolders.Root, "shared", "Ingestion.Enrichment.Engine", "NonCommercial");
        (string modelVersion, int persons) = await EnrichSeedAsync(new Dictionary<string, string?> { ["INGESTION_NONCOMMERCIAL_RESOURCES"] = folder });

        Assert.Matches(@"ar-clusters-[0-9]+\b", modelVersion);
        Assert.True(persons > 0);
    }

    [Fact]
    public async Task Enrich_ByDefault_RunsOnTheEmbeddedModelAndSaysSo()
    {
        (string modelVersion, int persons) = await EnrichSeedAsync(new Dictionary<string, string?>());

        Assert.Contains("ar-clusters-none", modelVersion, StringComparison.Ordinal);
        Assert.True(persons > 0);
    }

    private static async Task<(string ModelVersion, int Persons)> EnrichSeedAsync(Dictionary<string, string?> environment)
    {
        (int exitCode, string output, string error) = await IngestProcess.RunAsync(environment, "enrich", RepositoryFolders.Seed, "--reference-date", "2021-07-29", "--json");
        Assert.True(exitCode == 0, error);

        using JsonDocument document = JsonDocument.Parse(output);
        JsonElement root = document.RootElement.ValueKind == JsonValueKind.Array ? document.RootElement[0] : document.RootElement;
        string modelVersion = root.GetProperty("engine").GetProperty("modelVersion").GetString()!;
        int persons = root.GetProperty("entities").EnumerateArray().Count(e => e.GetProperty("type").GetString() == "PER");
        return (modelVersion, persons);
    }
}
