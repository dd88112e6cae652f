using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using MassTransit.Serialization;

namespace Ingestion.Contracts.Tests.Serialization;

// The generated code must not change the wire: subscribers built without it read and write the same JSON.
public sealed class ContractsJsonContextTests
{
    private static readonly DateTimeOffset s_at = new(2026, 11, 30, 20, 15, 2, 123, TimeSpan.FromHours(3));

    public static TheoryData<string> MessageNames => ["discovered", "enriched", "stored", "find", "found"];

    [Theory]
    [MemberData(nameof(MessageNames))]
    public void Serialize_WithTheGeneratedContextFirst_WritesWhatReflectionWrites(string name)
    {
        object message = Sample(name);

        string reflected = JsonSerializer.Serialize(message, message.GetType(), ReflectionOptions());
        string generated = JsonSerializer.Serialize(message, message.GetType(), GeneratedOptions());

        Assert.Equal(reflected, generated);
    }

    [Theory]
    [MemberData(nameof(MessageNames))]
    public void Deserialize_WithTheGeneratedContextFirst_ReadsBackWhatReflectionWrote(string name)
    {
        object message = Sample(name);
        string reflected = JsonSerializer.Serialize(message, message.GetType(), ReflectionOptions());

        object? read = JsonSerializer.Deserialize(reflected, message.GetType(), GeneratedOptions());

        Assert.Equal(reflected, JsonSerializer.Serialize(read, message.GetType(), ReflectionOptions()));
    }

    [Fact]
    public void GetTypeInfo_WithTheGeneratedContextFirst_ComesFromTheContext()
    {
        JsonTypeInfo info = GeneratedOptions().GetTypeInfo(typeof(ArticleEnriched));

        Assert.Same(ContractsJsonContext.Default, info.OriginatingResolver);
    }

    private static JsonSerializerOptions ReflectionOptions() => new(SystemTextJsonMessageSerializer.Options);

    private static JsonSerializerOptions GeneratedOptions()
    {
        JsonSerializerOptions options = new(SystemTextJsonMessageSerializer.Options);
        options.TypeInfoResolverChain.Insert(0, ContractsJsonContext.Default);
        return options;
    }

    private static object Sample(string name) => name switch
    {
        "discovered" => new ArticleDiscovered
        {
            ArticleId = "a1",
            ContentHash = "h1",
            Title = "وزير الخارجية يستقبل نظيره",
            Body = "الكويت (كونا) - استقبل وزير الخارجية \"اليوم\" نظيره\nفي الكويت.",
            DeclaredLanguage = "ar",
            PublishedAt = s_at,
            ReceivedAt = s_at.AddSeconds(1),
            Origin = new ArticleOrigin { FileName = "a.json", Format = "json", Charset = "utf-8", Url = "https://example.org/a?x=1&y=2" },
            Metadata = new Dictionary<string, string> { ["section"] = "سياسة", ["tag"] = "<b>" },
        },
        "enriched" => new ArticleEnriched
        {
            ArticleId = "a1",
            ContentHash = "h1",
            Title = "t",
            Text = "t\nالكويت 29 يوليو 2021",
            Language = "ar",
            LanguageConfidence = 0.97,
            PublishedAtSource = PublishedAtSources.FileTime,
            ReceivedAt = s_at,
            EnrichedAt = s_at.AddMilliseconds(5),
            ReferenceDate = new DateOnly(2021, 7, 29),
            Source = new ArticleSource { FileName = "a.txt", Format = "txt", Agency = new NewsAgency { Name = "كونا", Start = 2, End = 6 } },
            Entities = [new EntityAnnotation { Text = "الكويت", Type = EntityTypes.Location, Start = 2, End = 8, Confidence = 0.9 }],
            Temporal = [new TemporalAnnotation { Text = "29 يوليو 2021", Type = TemporalTypes.Date, Start = 9, End = 22, Value = "2021-07-29" }],
            Engine = new EngineInfo { Name = "arabic", Version = "1.0", ModelVersion = "m1" },
            Warnings = ["w"],
        },
        "stored" => new ArticleStored
        {
            ArticleId = "a1",
            ContentHash = "h1",
            StoredAt = s_at,
            Store = "litedb",
            Location = "articles.db/articles",
            Created = true,
            FileName = "a.txt",
            Title = "t",
            Language = "ar",
            ReceivedAt = s_at,
            EntityCount = 1,
        },
        "find" => new FindStoredArticles { ArticleIds = ["a1", "a2"] },
        "found" => new StoredArticlesFound { ArticleIds = ["a1"], AnsweredAt = s_at },
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };
}
