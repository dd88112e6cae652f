using Ingestion.Storage.Persistence;
using Ingestion.Storage.Persistence.Querying;

namespace Ingestion.Storage.Tests.Persistence.Querying;

public sealed class ArticleSearchKeysTests
{
    [Theory]
    [InlineData("أحمد", "احمد")]
    [InlineData("إسرائيل", "اسرائيل")]
    [InlineData("آمال", "امال")]
    [InlineData("مصطفى", "مصطفي")]
    [InlineData("القاهرة", "القاهره")]
    [InlineData("مُحَمَّد", "محمد")]
    [InlineData("غـــزة", "غزه")]
    [InlineData("  Hosni   MUBARAK ", "hosni mubarak")]
    public void Fold_ArabicAndLatinSpellings_GivesOneForm(string text, string expected) =>
        Assert.Equal(expected, ArticleSearchKeys.Fold(text));

    [Fact]
    public void For_EntityWithCanonicalName_KeysEachNameOnceWithItsType()
    {
        ArticleDocument document = ArticleDocuments.WithEntities("a", ("القاهرة", "LOC"), ("القاهره", "LOC"));
        document.Entities[0].CanonicalName = "Cairo";

        DocumentSearchKeys keys = ArticleSearchKeys.For(document);

        Assert.Equal(["LOC:cairo", "LOC:القاهره"], keys.Entities);
    }

    [Fact]
    public void For_EntityOfUnknownType_AlsoKeyedBareSoASearchWithoutTypeFindsIt()
    {
        ArticleDocument document = ArticleDocuments.WithEntities("a", ("القاهرة", "GPE"), ("مصر", ""));

        DocumentSearchKeys keys = ArticleSearchKeys.For(document);

        Assert.Equal(["GPE:القاهره", "القاهره", "مصر"], keys.Entities);
        Assert.Contains(ArticleSearchKeys.EntityKeys("القاهرة", null), keys.Entities.Contains);
        Assert.Contains(ArticleSearchKeys.EntityKeys("مصر", null), keys.Entities.Contains);
    }

    [Fact]
    public void For_DatesAndPublication_KeysEveryDayCoveredOnce()
    {
        ArticleDocument document = ArticleDocuments.Minimal("a");
        document.PublishedAt = new DateTimeOffset(2024, 3, 11, 1, 0, 0, TimeSpan.FromHours(3));
        document.Temporal =
        [
            new DocumentTemporal { Text = "الأحد", Type = "DATE", Value = "2024-03-10" },
            new DocumentTemporal { Text = "صباح الأحد", Type = "TIME", Value = "2024-03-10TMO" },
            new DocumentTemporal { Text = "ثلاثة أيام", Type = "DURATION", Value = "P3D" },
        ];

        DocumentSearchKeys keys = ArticleSearchKeys.For(document);

        Assert.Equal(["2024-03-10"], keys.Dates);
    }

    [Fact]
    public void For_PeriodKeys_MonthAndWeekAreOneKeyEach()
    {
        ArticleDocument document = ArticleDocuments.Minimal("a");
        document.PublishedAt = new DateTimeOffset(2024, 3, 11, 1, 0, 0, TimeSpan.Zero);
        document.Temporal =
        [
            new DocumentTemporal { Text = "مارس", Type = "DATE", Value = "2024-03" },
            new DocumentTemporal { Text = "الأسبوع العاشر", Type = "DATE", Value = "2024-W10" },
            new DocumentTemporal { Text = "صباح الأحد", Type = "TIME", Value = "2024-03-10T09:00" },
            new DocumentTemporal { Text = "الربع الأول", Type = "DATE", Value = "2024-Q1" },
        ];

        DocumentSearchKeys keys = ArticleSearchKeys.For(document, periodKeys: true);

        Assert.Equal(["2024-03", "2024-03-04W", "2024-03-10", "2024-03-11"], keys.Dates);
        Assert.Equal(31, ArticleSearchKeys.For(document).Dates.Count);
    }

    [Theory]
    [InlineData("2024-03-10", "2024-03-10", "2024-03-10", 1)]
    [InlineData("2024-03-10T09:30", "2024-03-10", "2024-03-10", 1)]
    [InlineData("2024-02", "2024-02-01", "2024-02-29", 29)]
    [InlineData("2024-W10", "2024-03-04", "2024-03-10", 7)]
    public void DaysOf_PeriodUpToAMonth_EveryDayOfIt(string value, string first, string last, int count)
    {
        List<DateOnly> days = [.. ArticleSearchKeys.DaysOf(value)];

        Assert.Equal(count, days.Count);
        Assert.Equal(DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture), days[0]);
        Assert.Equal(DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture), days[^1]);
    }

    [Theory]
    [InlineData("2024")]
    [InlineData("2024-Q2")]
    [InlineData("PRESENT_REF")]
    [InlineData("XXXX-03-10")]
    [InlineData("P3D")]
    [InlineData("2024-13")]
    [InlineData("2023-02-30")]
    [InlineData("")]
    public void DaysOf_QuarterYearVagueOrInvalid_NoDay(string value) =>
        Assert.Empty(ArticleSearchKeys.DaysOf(value));
}
