using Ingestion.Contracts;

namespace Ingestion.Enrichment.Engine.Tests.Temporal;

/// <summary>The TimeML classes of Arabic expressions. Reference 2021-07-29 (a Thursday).</summary>
public sealed class ArabicTimeMlTests
{
    [Theory]
    [InlineData("الوضع حاليا مستقر", "حاليا", TemporalTypes.Date, "PRESENT_REF", null)]
    [InlineData("عاد الان الى بلده", "الان", TemporalTypes.Date, "PRESENT_REF", null)]
    [InlineData("تغير ذلك مؤخرا بشكل كبير", "مؤخرا", TemporalTypes.Date, "PAST_REF", null)]
    [InlineData("ستشهد الفترة المقبلة تغييرات", "الفترة المقبلة", TemporalTypes.Date, "FUTURE_REF", null)]
    [InlineData("ظل الوضع كذلك سنوات طويلة", "سنوات طويلة", TemporalTypes.Duration, "PXY", null)]
    [InlineData("تراجعت الاسعار منذ عقود", "عقود", TemporalTypes.Duration, "PXDE", null)]
    [InlineData("استمر العمل نحو 7 ساعات", "نحو 7 ساعات", TemporalTypes.Duration, "PT7H", "APPROX")]
    [InlineData("وقع الحادث قبل نحو شهرين", "قبل نحو شهرين", TemporalTypes.Date, "2021-05", "APPROX")]
    [InlineData("وصل الوفد صباح الثلاثاء", "صباح الثلاثاء", TemporalTypes.Time, "2021-07-27TMO", null)]
    [InlineData("اندلع الحريق مساء أمس الأربعاء", "مساء أمس الأربعاء", TemporalTypes.Time, "2021-07-28TEV", null)]
    [InlineData("وقع الاتفاق في 14 آب/أغسطس", "14 آب/أغسطس", TemporalTypes.Date, "2020-08-14", null)]
    [InlineData("وبعد عشر سنوات كان نصفهم مصابا", "عشر سنوات", TemporalTypes.Duration, "P10Y", null)]
    public void Tag_ArabicTimeMlClass_Resolves(string text, string expected, string type, string value, string? mod) =>
        TemporalAssert.Single(text, expected, type, value, mod);

    [Fact]
    public void Tag_NewspaperAinAlyoum_IsNoDate() =>
        Assert.Empty(TemporalAssert.Tag("نقلت عين اليوم الخبر"));

    [Fact]
    public void Tag_TwoYears_AreTwoDates()
    {
        IReadOnlyList<TemporalAnnotation> found = TemporalAssert.Tag("ارتفعت الصادرات في عامي 2013 و2014");

        Assert.Equal([("2013", "2013"), ("2014", "2014")], found.Select(a => (a.Text, a.Value)).ToArray());
    }

    [Fact]
    public void Tag_AreaInMetres_IsNoYear() =>
        Assert.Empty(TemporalAssert.Tag("تقدر مساحة الاشتعال بحوالي 1200م"));
}
