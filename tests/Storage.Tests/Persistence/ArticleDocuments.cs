using Ingestion.Storage.Persistence;

namespace Ingestion.Storage.Tests.Persistence;

/// <summary>Test articles: one with every field set (Arabic text, offsets, offsets in time) and one minimal.</summary>
internal static class ArticleDocuments
{
    public const string ArabicText = "القاهرة (أ ش أ) - التقى الرئيس المصري في القاهرة يوم الأحد\nنص الخبر  مع مسافات ";

    private static readonly TimeSpan s_cairo = TimeSpan.FromHours(3);

    public static ArticleDocument Full(string id, string title = "عنوان الخبر") => new()
    {
        Id = id,
        Title = title,
        Text = ArabicText,
        Language = "ar",
        PublishedAt = new DateTimeOffset(2024, 3, 10, 9, 15, 30, 123, s_cairo),
        ReceivedAt = new DateTimeOffset(2024, 3, 10, 9, 20, 0, 456, s_cairo),
        EnrichedAt = new DateTimeOffset(2024, 3, 10, 6, 20, 1, 789, TimeSpan.Zero),
        StoredAt = new DateTimeOffset(2024, 3, 10, 6, 20, 2, 5, TimeSpan.FromHours(-5)),
        ContentHash = "sha256:0f1e2d3c",
        Source = new DocumentSource
        {
            FileName = "mena-2024-03-10.xml",
            Format = "newsml",
            Charset = "windows-1256",
            SourceId = "mena",
            Name = "وكالة أنباء الشرق الأوسط",
            Url = "https://example.org/a?b=1&c=ج",
            Agency = "وكالة أنباء الشرق الأوسط",
            AgencyAbbreviation = "أ ش أ",
            AgencyLatin = "MENA",
        },
        Entities =
        [
            new DocumentEntity { Text = "القاهرة", Type = "LOC", Start = 0, End = 7, Confidence = 0.987654321, CanonicalName = "Cairo", Role = "dateline" },
            new DocumentEntity { Text = "الرئيس المصري", Type = "PER", Start = 24, End = 37, Confidence = 0.5 },
        ],
        Temporal =
        [
            new DocumentTemporal { Text = "يوم الأحد", Type = "DATE", Start = 50, End = 59, Value = "2024-03-10", Mod = "APPROX" },
            new DocumentTemporal { Text = "الأحد", Type = "DATE", Start = 54, End = 59, Value = "2024-03-10" },
        ],
        Engine = new DocumentEngine { Name = "ingestion-enrichment", Version = "1.2.3", ModelVersion = "ner-ar-2024.03" },
        Warnings = ["charset guessed", ""],
    };

    public static ArticleDocument Minimal(string id) => new()
    {
        Id = id,
        Title = "",
        Text = "",
        Language = "und",
        PublishedAt = null,
        ReceivedAt = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero),
        ContentHash = "h",
        Source = new DocumentSource { FileName = "x.txt" },
        Engine = new DocumentEngine { Name = "e", Version = "0" },
    };

    public static ArticleDocument WithEntities(string id, params (string Text, string Type)[] entities)
    {
        ArticleDocument document = Minimal(id);
        document.Entities = [.. entities.Select(e => new DocumentEntity { Text = e.Text, Type = e.Type, End = e.Text.Length })];
        return document;
    }
}
