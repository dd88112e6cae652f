using Ingestion.Contracts;

namespace Ingestion.Tests.Shared;

/// <summary>
/// Enriched-article messages for tests that feed the storage side: minimal, with the entities a test asks for. One
/// source file, compiled into each test project that needs it (linked in its csproj).
/// </summary>
internal static class EnrichedArticles
{
    public static ArticleEnriched Create(string id, params EntityAnnotation[] entities) => new()
    {
        ArticleId = id,
        ContentHash = new string('a', 64),
        Title = "بلينكن في الكويت",
        Text = "بلينكن في الكويت\nنص",
        Language = "ar",
        ReceivedAt = DateTimeOffset.UnixEpoch,
        EnrichedAt = DateTimeOffset.UnixEpoch,
        ReferenceDate = new DateOnly(2024, 3, 10),
        Source = new ArticleSource { FileName = $"{id}.txt" },
        Entities = entities,
        Temporal = [],
        Engine = new EngineInfo { Name = "test", Version = "1" },
    };
}
