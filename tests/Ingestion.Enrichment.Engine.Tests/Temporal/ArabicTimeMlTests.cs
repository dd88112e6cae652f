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

    [Theory]
    [InlineData("ينتهي التسجيل في 5 / 1 / 1443هـ للطلاب", "5 / 1 / 1443هـ", "2021-08-13")]
    [InlineData("تبدأ الدراسة في 12 / 9 / 2021 في كل المدارس", "12 / 9 / 2021", "2021-09-12")]
    [InlineData("تبدأ الدراسة يوم الأحد 12 / 9 / 2021 في كل المدارس", "الأحد 12 / 9 / 2021", "2021-09-12")]
    public void Tag_NumericDateSpacedAroundSlashes_IsOneDate(string text, string expected, string value) =>
        TemporalAssert.Single(text, expected, TemporalTypes.Date, value);

    [Fact]
    public void Tag_HijriYearRange_GivesTwoGregorianYears()
    {
        IReadOnlyList<TemporalAnnotation> found = TemporalAssert.Tag("صدرت خطة العام الدراسي 1442 - 1443 هـ أمس");

        Assert.Equal([("1442", "2021"), ("1443 هـ", "2022"), ("أمس", "2021-07-28")], found.Select(a => (a.Text, a.Value)).ToArray());
    }

    [Theory]
    [InlineData("أصبحت اليوم الهواتف جزءا من حياتنا", "PRESENT_REF")]
    [InlineData("يعيش شباب اليوم ضغوطا كثيرة", "PRESENT_REF")]
    [InlineData("ونحن اليوم أمام تحد كبير", "PRESENT_REF")]
    [InlineData("افتتح الوزير المعرض اليوم في جدة", "2021-07-29")]
    public void Tag_TodayAsNowadays_IsPresentRef(string text, string value) =>
        TemporalAssert.Single(text, "اليوم", TemporalTypes.Date, value);

    [Theory]
    [InlineData("ستنمو الصادرات خلال الأعوام الخمسة المقبلة بسرعة", "الأعوام الخمسة المقبلة", "P5Y")]
    [InlineData("تراجعت المبيعات في الأشهر الثلاثة الماضية", "الأشهر الثلاثة الماضية", "P3M")]
    [InlineData("ستتغير المدينة كثيرا بعد عقود", "عقود", "PXDE")]
    public void Tag_CountedOrVagueStretch_IsDuration(string text, string expected, string value) =>
        TemporalAssert.Single(text, expected, TemporalTypes.Duration, value);
}
