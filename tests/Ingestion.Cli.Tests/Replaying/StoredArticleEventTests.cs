using Ingestion.Cli.Replaying;
using Ingestion.Contracts;
using Ingestion.Storage.Persistence;

namespace Ingestion.Cli.Tests.Replaying;

public sealed class StoredArticleEventTests
{
    private const string Text = "عنوان\nالقاهرة (أ ش أ) - استقبل الوزير اليوم الخميس الوفد.";

    [Fact]
    public void ToEnriched_StoredDocument_GivesBackTheEventItWasStoredFrom()
    {
        ArticleEnriched original = Original();
        ArticleDocument document = ArticleDocumentMapper.FromEnriched(original, DateTimeOffset.UtcNow);

        ArticleEnriched replayed = StoredArticleEvent.ToEnriched(document);

        Assert.Equal(original.ArticleId, replayed.ArticleId);
        Assert.Equal(original.Text, replayed.Text);
        Assert.Equal(original.ReferenceDate, replayed.ReferenceDate);
        Assert.Equal(original.Source.Agency, replayed.Source.Agency);
        Assert.Equal(original.Entities, replayed.Entities);
        Assert.Equal(original.Temporal, replayed.Temporal);
        Assert.Equal(original.Engine, replayed.Engine);
        Assert.Equal(0, replayed.LanguageConfidence);
    }

    private static ArticleEnriched Original()
    {
        int agency = Text.IndexOf("أ ش أ", StringComparison.Ordinal);
        int day = Text.IndexOf("اليوم الخميس", StringComparison.Ordinal);
        return new ArticleEnriched
        {
            ArticleId = "a-1",
            ContentHash = "h",
            Title = "عنوان",
            Text = Text,
            Language = "ar",
            LanguageConfidence = 0.99,
            PublishedAt = new DateTimeOffset(2021, 7, 29, 9, 0, 0, TimeSpan.Zero),
            ReceivedAt = new DateTimeOffset(2026, 11, 30, 20, 0, 0, TimeSpan.Zero),
            EnrichedAt = new DateTimeOffset(2026, 11, 30, 20, 0, 1, TimeSpan.Zero),
            ReferenceDate = new DateOnly(2021, 7, 29),
            Source = new ArticleSource
            {
                FileName = "a.txt",
                Format = "txt",
                Agency = new NewsAgency { Name = "وكالة أنباء الشرق الأوسط", Abbreviation = "أ ش أ", Latin = "MENA", Start = agency, End = agency + 5 },
            },
            Entities = [new EntityAnnotation { Text = "القاهرة", Type = EntityTypes.Location, Start = 6, End = 13, Confidence = 0.9 }],
            Temporal = [new TemporalAnnotation { Text = "اليوم الخميس", Type = TemporalTypes.Date, Start = day, End = day + 12, Value = "2021-07-29" }],
            Engine = new EngineInfo { Name = "ingestion-engine", Version = "1.0.0", ModelVersion = "m" },
        };
    }
}
