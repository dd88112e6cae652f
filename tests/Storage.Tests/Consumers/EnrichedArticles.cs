using Ingestion.Contracts;

namespace Ingestion.Storage.Tests.Consumers;

/// <summary>Enriched-article messages for consumer tests: minimal, with the entities a test asks for.</summary>
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
