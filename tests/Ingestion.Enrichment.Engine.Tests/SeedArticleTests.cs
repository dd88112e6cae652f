using System.Text.Json;
using Ingestion.Contracts;
using Ingestion.Enrichment.Engine.Language;

namespace Ingestion.Enrichment.Engine.Tests;

public class SeedArticleTests(SeedArticleFixture seed) : IClassFixture<SeedArticleFixture>
{
    private const double RequiredEntityRecall = 0.9;

    private readonly EnrichmentResult _result = seed.Result;

    [Fact]
    public void Enrich_Seed_ReportsNoComponentFailure() => Assert.Empty(_result.Warnings);

    [Fact]
    public void Enrich_Seed_DetectsArabic() => Assert.Equal(LanguageGuess.Arabic, _result.Language.Code);

    [Fact]
    public void Enrich_Seed_DetectsGluedMenaDateline()
    {
        JsonElement source = seed.Expected.GetProperty("source");

        Assert.NotNull(_result.Agency);
        Assert.Equal(source.GetProperty("latin").GetString(), _result.Agency.Latin);
        Assert.Equal(source.GetProperty("agency").GetString(), _result.Agency.Name);
        Assert.Equal(source.GetProperty("abbreviation").GetString(), _result.Text[_result.Agency.Start.._result.Agency.End]);
    }

    [Fact]
    public void Enrich_Seed_FindsAtLeastNinetyPercentOfExpectedEntities()
    {
        var expected = seed.Expected.GetProperty("entities").EnumerateObject()
            .SelectMany(type => type.Value.EnumerateArray().Select(text => (Type: type.Name, Text: text.GetString()!)))
            .ToList();
        var found = _result.Entities.Select(e => (e.Type, e.Text)).ToHashSet();

        var missing = expected.Where(e => !found.Contains(e)).ToList();
        double recall = 1.0 - ((double)missing.Count / expected.Count);

        Assert.True(recall >= RequiredEntityRecall,
            $"recall {recall:P0}; missing: {string.Join(" | ", missing.Select(m => $"{m.Type}:{m.Text}"))}; found: {Describe(_result.Entities)}");
    }

    [Fact]
    public void Enrich_Seed_FindsEveryExpectedTemporalExpression()
    {
        foreach (JsonElement expected in seed.Expected.GetProperty("temporal").EnumerateArray())
        {
            string text = expected.GetProperty("text").GetString()!;
            string? mod = expected.TryGetProperty("mod", out JsonElement m) ? m.GetString() : null;

            TemporalAnnotation? found = _result.Temporal.FirstOrDefault(t => t.Text == text);

            Assert.True(found is not null, $"missing temporal '{text}'; found: {string.Join(" | ", _result.Temporal.Select(t => $"{t.Text}={t.Value}"))}");
            Assert.Equal(expected.GetProperty("type").GetString(), found.Type);
            Assert.Equal(expected.GetProperty("value").GetString(), found.Value);
            Assert.Equal(mod, found.Mod);
        }
    }

    [Fact]
    public void Enrich_Seed_TagsNoTimeWordAsEntity()
    {
        var notEntities = seed.Expected.GetProperty("not_entities").EnumerateArray().Select(e => e.GetString()!).ToHashSet();
        string abbreviation = seed.Expected.GetProperty("source").GetProperty("abbreviation").GetString()!;

        Assert.DoesNotContain(_result.Entities, e => notEntities.Contains(e.Text) || e.Text.Contains(abbreviation, StringComparison.Ordinal));
    }

    [Fact]
    public void Enrich_Seed_GivesExpectedRoles()
    {
        foreach (JsonElement expected in seed.Expected.GetProperty("people_with_roles").EnumerateArray())
        {
            string name = expected.GetProperty("name").GetString()!;
            string role = expected.GetProperty("role").GetString()!;

            Assert.True(
                _result.Entities.Any(e => e.Type == EntityTypes.Person && e.Text == name && e.Role == role),
                $"{name} should have role '{role}'; persons: {Describe(_result.Entities.Where(e => e.Type == EntityTypes.Person))}");
        }
    }

    [Fact]
    public void Enrich_Seed_GivesShortMentionsTheirCanonicalName()
    {
        EntityAnnotation? blinken = _result.Entities.FirstOrDefault(e => e.Text == "بلينكن");

        Assert.NotNull(blinken);
        Assert.Equal("آنثوني بلينكن", blinken.CanonicalName);
    }

    [Fact]
    public void Enrich_Seed_EveryOffsetPointsAtItsText()
    {
        string text = _result.Text;

        Assert.All(_result.Entities, e => Assert.Equal(e.Text, text[e.Start..e.End]));
        Assert.All(_result.Temporal, t => Assert.Equal(t.Text, text[t.Start..t.End]));
    }

    private static string Describe(IEnumerable<EntityAnnotation> entities) =>
        string.Join(" | ", entities.Select(e => $"{e.Type}:{e.Text}" + (e.Role is null ? string.Empty : $" [{e.Role}]")));
}
