using System.Text.Json;

namespace Ingestion.Enrichment.Engine.Tests;

/// <summary>The seed article enriched once by the shipped engine, with its expected annotations.</summary>
public sealed class SeedArticleFixture
{
    public SeedArticleFixture()
    {
        string folder = FindSeedFolder();
        using JsonDocument expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "expected.json")));
        Expected = expected.RootElement.Clone();
        string article = File.ReadAllText(Path.Combine(folder, Expected.GetProperty("file").GetString()!)).ReplaceLineEndings("\n");
        int newline = article.IndexOf('\n', StringComparison.Ordinal);
        Request = new EnrichmentRequest(
            article[..newline],
            article[(newline + 1)..],
            DateOnly.Parse(Expected.GetProperty("referenceDate").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        Result = DefaultEnrichmentEngine.Instance.Enrich(Request);
    }

    public JsonElement Expected { get; }

    public EnrichmentRequest Request { get; }

    public EnrichmentResult Result { get; }

    // The seed lives in the repository (shared/data/examples/seed), found from the test binaries upwards.
    private static string FindSeedFolder()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "shared", "data", "examples", "seed");
            if (File.Exists(Path.Combine(candidate, "expected.json")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("shared/data/examples/seed not found above " + AppContext.BaseDirectory);
    }
}
