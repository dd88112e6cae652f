using System.Text.Json;
using System.Text.Json.Nodes;
using Ingestion.Contracts.Tests.Schemas;

namespace Ingestion.Contracts.Tests.Serialization;

public sealed class WireFormatTests
{
    private static readonly ArticleStored s_stored = new()
    {
        ArticleId = "5fc6fc8d7a967a8e5e0b6d2e1c1f4a90",
        ContentHash = "5fc6fc8d7a967a8e5e0b6d2e1c1f4a90c2b1e6f1d0a5b7c3e8f9a0b1c2d3e4f5",
        StoredAt = new DateTimeOffset(2026, 11, 30, 20, 15, 3, TimeSpan.Zero),
        Store = "mongodb",
        Location = "ingestion/articles",
        Created = true,
        FileName = "000_5fc6fc8d7a967a8e.txt",
        Title = "وزير الخارجية الكويتي يستقبل بلينكن",
        Language = "ar",
        ReceivedAt = new DateTimeOffset(2026, 11, 30, 20, 15, 2, TimeSpan.Zero),
        EntityCount = 4,
        TemporalCount = 1,
    };

    [Fact]
    public void Serialize_WithMassTransitOptions_WritesExactlyTheSchemaPropertiesInCamelCase()
    {
        JsonObject written = JsonSerializer.SerializeToNode(s_stored, PayloadSchemaGenerator.SerializerOptions)!.AsObject();
        JsonObject schema = PayloadSchemaGenerator.Generate(typeof(ArticleStored))["properties"]!.AsObject();

        Assert.Equal(schema.Select(property => property.Key).Order(), written.Select(property => property.Key).Order());
        Assert.Equal(s_stored.ArticleId, written["articleId"]?.GetValue<string>());
        Assert.Equal(ContractVersions.ArticleStored, written["schemaVersion"]?.GetValue<int>());
    }

    [Fact]
    public void Deserialize_UnknownFieldsAndMissingOptionalOnes_ReadsTheMessage()
    {
        // What a newer producer's message looks like to this version: a member it does not know, and, from an
        // older producer, optional members missing. Both must read.
        const string json = """
            {"schemaVersion":2,"articleId":"a1","contentHash":"h","storedAt":"2026-11-30T20:15:03+00:00","store":"litedb",
             "location":"articles.db/articles","fileName":"a.txt","title":"t","language":"en",
             "receivedAt":"2026-11-30T20:15:02+00:00","someFutureField":{"nested":[1,2]}}
            """;

        ArticleStored? read = JsonSerializer.Deserialize<ArticleStored>(json, PayloadSchemaGenerator.SerializerOptions);

        Assert.NotNull(read);
        Assert.Equal("a1", read.ArticleId);
        Assert.Equal(2, read.SchemaVersion);
        Assert.Null(read.PublishedAt);
        Assert.Equal(0, read.EntityCount);
    }
}
