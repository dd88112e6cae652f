using Ingestion.Contracts;

namespace Ingestion.Storage.Warmup;

/// <summary>
/// Enriched articles made up for the write warm-up: the shape of a real one (an agency, entities of each type, one with
/// a canonical name, a day, a month, a week and a time), so the warm-up takes the branches a real batch takes. Written
/// here, not taken from any corpus.
/// </summary>
internal static class WriteWarmupArticles
{
    private const string Text =
        "الكويت (كونا) -- التقى وزير الخارجية أحمد اليحيى نظيره الأمريكي في الكويت يوم 4 مارس 2024 "
        + "لبحث خطة الأمم المتحدة للشهر المقبل، على أن يعقد اجتماع آخر في مارس 2024 وفي الأسبوع الأول منه، الساعة العاشرة صباحاً.";

    public static ArticleEnriched Create(int number, DateTimeOffset at) => new()
    {
        ArticleId = $"warmup-{number:D6}",
        ContentHash = new string('0', 56) + number.ToString("D8", System.Globalization.CultureInfo.InvariantCulture),
        Title = "لقاء في الكويت",
        Text = Text,
        Language = "ar",
        LanguageConfidence = 0.99,
        PublishedAt = at,
        PublishedAtSource = PublishedAtSources.FileTime,
        ReceivedAt = at,
        EnrichedAt = at,
        ReferenceDate = DateOnly.FromDateTime(at.UtcDateTime),
        Source = new ArticleSource
        {
            FileName = $"warmup-{number:D6}.txt",
            Format = "text",
            Charset = "utf-8",
            Agency = new NewsAgency { Name = "كونا", Abbreviation = "كونا", Latin = "KUNA", Start = 8, End = 12 },
        },
        Entities =
        [
            new EntityAnnotation { Text = "الكويت", Type = EntityTypes.Location, Start = 0, End = 6, Confidence = 0.97 },
            new EntityAnnotation { Text = "أحمد اليحيى", Type = EntityTypes.Person, Start = 38, End = 49, Confidence = 0.91, Role = "وزير الخارجية" },
            new EntityAnnotation { Text = "الأمم المتحدة", Type = EntityTypes.Organization, Start = 105, End = 118, Confidence = 0.88, CanonicalName = "الأمم المتحدة" },
            new EntityAnnotation { Text = "الأمريكي", Type = EntityTypes.Miscellaneous, Start = 56, End = 64, Confidence = 0.7 },
        ],
        Temporal =
        [
            new TemporalAnnotation { Text = "4 مارس 2024", Type = TemporalTypes.Date, Start = 79, End = 90, Value = "2024-03-04" },
            new TemporalAnnotation { Text = "مارس 2024", Type = TemporalTypes.Date, Start = 140, End = 149, Value = "2024-03" },
            new TemporalAnnotation { Text = "الأسبوع الأول", Type = TemporalTypes.Date, Start = 153, End = 166, Value = "2024-W10" },
            new TemporalAnnotation { Text = "الساعة العاشرة صباحاً", Type = TemporalTypes.Time, Start = 172, End = 193, Value = "2024-03-04T10:00" },
        ],
        Engine = new EngineInfo { Name = "warmup", Version = "1" },
        Metadata = new Dictionary<string, string>(StringComparer.Ordinal) { ["section"] = "politics" },
    };
}
