using Ingestion.Contracts;
using Ingestion.Enrichment.Engine.Temporal;

namespace Ingestion.Enrichment.Engine.Tests.Temporal;

public sealed class ArabicRelativeTests
{
    [Theory]
    [InlineData("قال اليوم ان", "اليوم", "2021-07-29")]
    [InlineData("قال أمس ان", "أمس", "2021-07-28")]
    [InlineData("ما حدث بالأمس", "الأمس", "2021-07-28")]
    [InlineData("يصل غدا الى", "غدا", "2021-07-30")]
    [InlineData("وصل أول أمس الى", "أول أمس", "2021-07-27")]
    [InlineData("يصل بعد غد الى", "بعد غد", "2021-07-31")]
    [InlineData("وصل أمس الأربعاء الى", "أمس الأربعاء", "2021-07-28")]
    public void Tag_RelativeDay_ResolvesAgainstTheReference(string text, string expected, string value) =>
        TemporalAssert.Single(text, expected, TemporalTypes.Date, value);

    [Theory]
    [InlineData("يصل الخميس الى", "الخميس", "2021-07-29")]
    [InlineData("يصل السبت الى", "السبت", "2021-07-31")]
    [InlineData("وصل الاثنين الى", "الاثنين", "2021-07-26")]
    [InlineData("وصل الخميس الماضي", "الخميس الماضي", "2021-07-22")]
    [InlineData("يصل الخميس المقبل", "الخميس المقبل", "2021-08-05")]
    [InlineData("يصل يوم الجمعة القادم", "الجمعة القادم", "2021-07-30")]
    public void Tag_Weekday_IsTheNearestOrTheQualifiedOne(string text, string expected, string value) =>
        TemporalAssert.Single(text, expected, TemporalTypes.Date, value);

    [Theory]
    [InlineData("خلال الأسبوع الماضي", "الأسبوع الماضي", "2021-W29")]
    [InlineData("خلال الأسبوع الجاري", "الأسبوع الجاري", "2021-W30")]
    [InlineData("خلال الشهر الجاري", "الشهر الجاري", "2021-07")]
    [InlineData("خلال الشهر القادم", "الشهر القادم", "2021-08")]
    [InlineData("خلال العام المنصرم", "العام المنصرم", "2020")]
    [InlineData("خلال السنة الماضية", "السنة الماضية", "2020")]
    [InlineData("خلال العام المقبل", "العام المقبل", "2022")]
    [InlineData("خلال هذا العام", "هذا العام", "2021")]
    [InlineData("مقارنة بالعام الحالي", "العام الحالي", "2021")]
    public void Tag_RelativePeriod_ShiftsTheReferencePeriod(string text, string expected, string value) =>
        TemporalAssert.Single(text, expected, TemporalTypes.Date, value);

    [Theory]
    [InlineData("في مطلع العام المقبل", "مطلع العام المقبل", "2022", "START")]
    [InlineData("في بداية الشهر الجاري", "بداية الشهر الجاري", "2021-07", "START")]
    [InlineData("في منتصف مارس", "منتصف مارس", "2021-03", "MID")]
    [InlineData("في أواسط العام الماضي", "أواسط العام الماضي", "2020", "MID")]
    [InlineData("في نهاية نوفمبر الجاري", "نهاية نوفمبر الجاري", "2021-11", "END")]
    [InlineData("في أواخر 2020", "أواخر 2020", "2020", "END")]
    [InlineData("منذ أوائل عام 2019", "أوائل عام 2019", "2019", "START")]
    public void Tag_StartMidEndOfPeriod_SetsTheMod(string text, string expected, string value, string mod) =>
        TemporalAssert.Single(text, expected, TemporalTypes.Date, value, mod);

    [Theory]
    [InlineData("خلال الربع الأخير من العام الجاري", "الربع الأخير من العام الجاري", "2021-Q4")]
    [InlineData("في الربع الثالث من عام 2016", "الربع الثالث من عام 2016", "2016-Q3")]
    [InlineData("في الربع الأول", "الربع الأول", "2021-Q1")]
    [InlineData("خلال النصف الأول من 2020", "النصف الأول من 2020", "2020-H1")]
    [InlineData("خلال النصف الثاني من العام الماضي", "النصف الثاني من العام الماضي", "2020-H2")]
    public void Tag_QuarterOrHalf_ResolvesToTheYearPart(string text, string expected, string value) =>
        TemporalAssert.Single(text, expected, TemporalTypes.Date, value);

    [Fact]
    public void Tag_HalfWithoutYear_IsNotADate() =>
        // "النصف الثاني" alone is a match half far more often than half a year.
        Assert.Empty(TemporalAssert.Tag("سجل الهدف في النصف الثاني"));

    [Fact]
    public void Tag_DayRange_IsTwoDatesInTimeMl()
    {
        IReadOnlyList<Ingestion.Contracts.TemporalAnnotation> found = TemporalAssert.Tag("تقام من 4 إلى 22 يناير 2017");

        Assert.Equal([("4", "2017-01-04"), ("22 يناير 2017", "2017-01-22")], found.Select(a => (a.Text, a.Value)).ToArray());
    }

    [Fact]
    public void Tag_DayRangeUnderRecognizersConventions_IsOnePeriod()
    {
        var found = new RuleTemporalTagger(recognizersTextConventions: true).Tag("تقام من 4 إلى 22 يناير 2017", "ar", TemporalAssert.Reference);

        Ingestion.Contracts.TemporalAnnotation range = Assert.Single(found);
        Assert.Equal(("من 4 إلى 22 يناير 2017", "(2017-01-04,2017-01-22,P18D)"), (range.Text, range.Value));
    }
}
