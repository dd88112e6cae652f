using Ingestion.Contracts;

namespace Ingestion.Enrichment.Engine.Tests.Temporal;

/// <summary>
/// Arabic classes of the fourth blind part's errors: rates "في اليوم" after an amount (SET, not the article's day), the
/// whole of one unit after "على مدار" / "طيلة" (a duration), a year closing the name of an edition ("البرنامج الصيفي
/// 2015»"), a decade with its part ("مطلع السبعينات") and "يومنا هذا" as the present.
/// Sentences written for these tests; reference 2021-07-29, a Thursday.
/// </summary>
public sealed class ArabicRateSpanAndEditionTests
{
    [Theory]
    [InlineData("تنتج المحطة 15000م3 في اليوم، وتغذي المدينة")]
    [InlineData("يضخ الحقل نصف مليون برميل في اليوم من النفط")]
    [InlineData("يتناول المريض الدواء ثلاث مرات في اليوم")]
    public void Tag_PerDayAfterAnAmount_IsASetOfOneDay(string text) =>
        TemporalAssert.Single(text, "اليوم", TemporalTypes.Set, "P1D");

    [Fact]
    public void Tag_InTheDayWithoutAnAmount_IsStillTheArticleDay() =>
        TemporalAssert.Single("شارك الوزير في اليوم نفسه بافتتاح المعرض", "اليوم", TemporalTypes.Date, "2021-07-29");

    [Theory]
    [InlineData("تنتشر الدوريات على مدار اليوم لحماية الأحياء", "اليوم", "P1D")]
    [InlineData("واصل الفريق تدريباته وعلى مدى الأسبوع لم يغب أحد", "الأسبوع", "P1W")]
    [InlineData("بقي المتحف مفتوحا طيلة اليوم للزوار", "اليوم", "P1D")]
    public void Tag_WholeUnitAfterOverTheCourseOf_IsADurationOfOneUnit(string text, string expected, string value) =>
        TemporalAssert.Single(text, expected, TemporalTypes.Duration, value);

    [Fact]
    public void Tag_OverTheCourseOfADatedYear_KeepsTheDate() =>
        Assert.Equal("2020", TemporalAssert.ValueOfOneEndingWith("ارتفعت الأسعار على مدار العام الماضي بنسبة كبيرة", "العام الماضي"));

    [Theory]
    [InlineData("أعلنت الجامعة عن بدء «الملتقى الصيفي 2021» للطلاب", "2021")]
    [InlineData("فاز الطالب بالذهبية في معرض جنيف 2022، وعاد إلى بلاده", "2022")]
    public void Tag_YearClosingTheNameOfAnEdition_IsThatYear(string text, string value) =>
        TemporalAssert.Single(text, value, TemporalTypes.Date, value);

    [Theory]
    [InlineData("بلغ عدد الزوار 2021، وهو رقم قياسي")]
    [InlineData("وصل عدد المشاركين إلى نحو 2019، بحسب المنظمين")]
    [InlineData("سجل الزوار في المعرض القديم 1995، ولم يتكرر ذلك")]
    public void Tag_CountOrFarYearClosingAPhrase_IsNoYear(string text) =>
        Assert.Empty(TemporalAssert.Tag(text));

    [Theory]
    [InlineData("ازدهرت الصناعة منذ مطلع الستينات حتى نهاية التسعينيات", "مطلع الستينات", "196", "START")]
    [InlineData("ازدهرت الصناعة منذ مطلع الستينات حتى نهاية التسعينيات", "نهاية التسعينيات", "199", "END")]
    [InlineData("عاش الكاتب في القاهرة أواخر الخمسينات من القرن الماضي", "أواخر الخمسينات من القرن الماضي", "195", "END")]
    public void Tag_DecadeWithItsPart_KeepsThePartAsMod(string text, string expected, string value, string mod) =>
        Assert.Contains(TemporalAssert.Tag(text), a => a.Text == expected && a.Value == value && a.Mod == mod);

    [Fact]
    public void Tag_ToThisDay_IsThePresent() =>
        TemporalAssert.Single("ما زالت القصيدة تُروى حتى يومنا هذا في القرى", "يومنا هذا", TemporalTypes.Date, "PRESENT_REF");

    [Fact]
    public void Tag_AroundTheClock_IsNoDuration() =>
        Assert.Empty(TemporalAssert.Tag("تعمل الفرق على مدار الساعة لإصلاح الأعطال"));

    [Fact]
    public void Tag_RecentlyAfterItsVerb_IsThePast() =>
        TemporalAssert.Single("احتج أخيرا مئات الموظفين على القرار", "أخيرا", TemporalTypes.Date, "PAST_REF");

    [Theory]
    [InlineData("ناقش المجلس الميزانية، وأخيرا أقر الخطة")]
    [InlineData("ناقش المجلس الميزانية. أخيرا أقر الخطة")]
    public void Tag_FinallyOpeningAClause_IsNoTime(string text) =>
        Assert.Empty(TemporalAssert.Tag(text));

    [Fact]
    public void Tag_YearsAfterAPluralOfYears_AreEachAYear() =>
        Assert.Equal(["2019", "2020"], TemporalAssert.Tag("تتسلم البحرية سفينتين في أعوام 2019 و2020").Select(a => a.Value).ToArray());

    [Theory]
    [InlineData("أغلق المؤشر عند أدنى مستوياته في أسبوع بعد موجة بيع", "أسبوع", "P1W")]
    [InlineData("ارتفع السهم إلى أعلى مستوى له منذ شهر", "شهر", "P1M")]
    public void Tag_MarketLowOrHighOverOneUnit_IsADurationOfOneUnit(string text, string expected, string value) =>
        TemporalAssert.Single(text, expected, TemporalTypes.Duration, value);

    [Fact]
    public void Tag_PrecedingMonthAfterANamedMonth_CountsBackFromThatMonth() =>
        Assert.Equal(
            [("شهر مايو الماضي", "2021-05"), ("الشهر السابق", "2021-04")],
            TemporalAssert.Tag("سجلت الصادرات في شهر مايو الماضي نموا بنسبة 4% مقارنة بالشهر السابق").Select(a => (a.Text, a.Value)).ToArray());

    [Fact]
    public void Tag_PrecedingMonthWithNoMonthNamed_CountsBackFromTheArticleDate() =>
        TemporalAssert.Single("تراجعت المبيعات مقارنة بالشهر السابق", "الشهر السابق", TemporalTypes.Date, "2021-06");
}

