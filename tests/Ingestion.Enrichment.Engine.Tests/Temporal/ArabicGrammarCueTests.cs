using Ingestion.Contracts;

namespace Ingestion.Enrichment.Engine.Tests.Temporal;

/// <summary>
/// Arabic classes resolved from the grammar around the expression (what a demonstrative points back to, the article and
/// agreement of a dual or an adjective, the verb after a relative pronoun) and from the way notices print dates.
/// Sentences written for these tests; reference 2021-07-29, a Thursday (19 Dhu al-Hijjah 1442).
/// </summary>
public sealed class ArabicGrammarCueTests
{
    [Fact]
    public void Tag_SpacedHyphenHijriAndGregorianDates_GiveTheSameDay() =>
        Assert.Equal(
            ["2012-03-24", "2012-03-24"],
            TemporalAssert.Tag("أقيم الحفل يوم السبت 1 - 5 - 1433هـ الموافق 24 - 3 - 2012م في الرياض").Select(a => a.Value).ToArray());

    [Fact]
    public void Tag_SpacedHyphenDate_SpansTheWeekdayAndTheEra() =>
        TemporalAssert.Single("بدأت المرحلة الثلاثاء 12 - 9 - 1433هـ بنجاح", "الثلاثاء 12 - 9 - 1433هـ", TemporalTypes.Date, "2012-07-31");

    [Fact]
    public void Tag_ScoreWithSpacedHyphen_IsNoDate() =>
        Assert.Empty(TemporalAssert.Tag("فاز الفريق 3 - 1 على ضيفه"));

    [Fact]
    public void Tag_DemonstrativeYear_TakesTheYearNamedBefore() =>
        Assert.Equal(
            [("عام 1940م", "1940"), ("ذلك العام", "1940"), ("العام الذي بعده", "1941")],
            TemporalAssert.Tag("صدر الفيلم في عام 1940م، وفاز في ذلك العام وفي العام الذي بعده بجائزتين").Select(a => (a.Text, a.Value)).ToArray());

    [Theory]
    [InlineData("وقع الهجوم في عام 2004 وهز البلاد، وفي العام نفسه سقطت الخلية", "العام نفسه", "2004")]
    [InlineData("وقع الهجوم في عام 2004 وهز البلاد، وفي العام التالي سقطت الخلية", "العام التالي", "2005")]
    public void Tag_YearPointingBack_CountsFromTheYearNamedBefore(string text, string expected, string value) =>
        Assert.Equal(value, Assert.Single(TemporalAssert.Tag(text), a => a.Text == expected).Value);

    [Fact]
    public void Tag_DemonstrativeYearWithNoYearBefore_IsLeftOut() =>
        Assert.Empty(TemporalAssert.Tag("كان ذلك العام صعبا على الجميع"));

    [Fact]
    public void Tag_MonthByNumberAfterAStatedYear_IsThatMonth() =>
        Assert.Equal("2012-09", TemporalAssert.ValueOfOneEndingWith("في عام 2012 تقدم المنتخب في تصنيف شهر (9) إلى المركز الأول", "(9)"));

    [Fact]
    public void Tag_FirstOfAHijriMonth_IsItsFirstDay() =>
        TemporalAssert.Single("بدأ الموسم في غرة شهر ذي الحجة", "غرة شهر ذي الحجة", TemporalTypes.Date, "2021-07-11");

    [Fact]
    public void Tag_NextHijriMonthEarlierInTheYear_IsNextHijriYears() =>
        TemporalAssert.Single("تبدأ الدراسة في العاشر من شهر صفر المقبل", "العاشر من شهر صفر المقبل", TemporalTypes.Date, "2021-09-17");

    [Fact]
    public void Tag_NextDayOfTheCurrentHijriMonth_StaysInThisHijriYear() =>
        TemporalAssert.Single("يبدأ المعسكر في الخامس والعشرين من شهر ذي الحجة القادم", "الخامس والعشرين من شهر ذي الحجة القادم", TemporalTypes.Date, "2021-08-04");

    [Theory]
    [InlineData("تحسن أداء الفريق خلال الأسبوعين الماضيين بوضوح", "الأسبوعين الماضيين", "P2W")]
    [InlineData("تراجعت الأسعار خلال السنتين الماضية في المدينة", "السنتين الماضية", "P2Y")]
    [InlineData("ستعلن اللجنة النتائج خلال اليومين المقبلين", "اليومين المقبلين", "P2D")]
    public void Tag_DualWithTheArticleAndAQualifier_IsATwoUnitDuration(string text, string expected, string value) =>
        TemporalAssert.Single(text, expected, TemporalTypes.Duration, value);

    [Fact]
    public void Tag_SeveralDecades_IsVagueInDecades() =>
        TemporalAssert.Single("عمل المخرج في الاستوديو عدة عقود", "عدة عقود", TemporalTypes.Duration, "PXDE");

    [Theory]
    [InlineData("صدر التقرير الشهري للهيئة", "الشهري", "P1M")]
    [InlineData("واصل الفريق تدريباته اليومية في الملعب", "اليومية", "P1D")]
    public void Tag_RecurrenceAdjectiveAfterADefiniteNoun_IsASet(string text, string expected, string value) =>
        TemporalAssert.Single(text, expected, TemporalTypes.Set, value);

    [Fact]
    public void Tag_RecurrenceAdjectiveAfterAGivenName_IsAFamilyName() =>
        Assert.Empty(TemporalAssert.Tag("سجل يحيى الشهري هدفا رائعا"));

    [Theory]
    [InlineData("حضر الجمهور الحفل الذي استمر حتى الثلاثاء", "الثلاثاء", "2021-07-27")]
    [InlineData("وقد انتهى العرض الثلاثاء في الرياض", "الثلاثاء", "2021-07-27")]
    public void Tag_WeekdayAfterAPerfectVerbOfARelativeClause_IsThePastOne(string text, string expected, string value) =>
        TemporalAssert.Single(text, expected, TemporalTypes.Date, value);

    [Theory]
    [InlineData("سلسلة التفجيرات تضعنا اليوم أمام أسئلة صعبة")]
    [InlineData("انتهى زمن التردد. اليوم الوطن في خطر")]
    [InlineData("ليس فكرا ضالا، فاليوم هو وقت تسمية الأشياء بأسمائها")]
    public void Tag_TodayAsTheTimesWeLiveIn_IsPresentRef(string text) =>
        TemporalAssert.Single(text, "اليوم", TemporalTypes.Date, "PRESENT_REF");

    [Fact]
    public void Tag_TodayAfterTheVerbOfTheNews_IsTheReferenceDay() =>
        TemporalAssert.Single("يلتقي الفريقان اليوم في الرياض", "اليوم", TemporalTypes.Date, "2021-07-29");

    [Fact]
    public void Tag_YesterdayWithTheWeekdayInBrackets_IsOneExpression() =>
        TemporalAssert.Single("فاز النصر أمس (الأربعاء) على ضيفه", "أمس (الأربعاء)", TemporalTypes.Date, "2021-07-28");

    [Fact]
    public void Tag_LastDaysOfAYear_IsTheYearsEnd() =>
        TemporalAssert.Single("وتحديدا أواخر أيام عام 2004 وقع الهجوم", "أواخر أيام عام 2004", TemporalTypes.Date, "2004", "END");

    [Theory]
    [InlineData("سيعقد الاجتماع في الأسبوع الأول من الشهر المقبل", "الأسبوع الأول من الشهر المقبل", "2021-W31")]
    [InlineData("تنتهي الدراسة في الأسبوع الأخير من يونيو المقبل", "الأسبوع الأخير من يونيو المقبل", "2022-W26")]
    public void Tag_WeekOfAMonth_IsThatWeek(string text, string expected, string value) =>
        TemporalAssert.Single(text, expected, TemporalTypes.Date, value);

    [Fact]
    public void Tag_DayNumberWithTheArticle_IsTheDay() =>
        Assert.Equal("2021-08-15", TemporalAssert.ValueOfOneEndingWith("ستنطلق البطولة في الـ15 من أغسطس المقبل", "المقبل"));

    [Fact]
    public void Tag_YearBeforeTheWordDay_IsAYearNotACount() =>
        Assert.Equal(
            [("2014", "2014"), ("الاثنين الماضي", "2021-07-26")],
            TemporalAssert.Tag("أعلنت الشركة نتائج العام المالي 2014 يوم الاثنين الماضي").Select(a => (a.Text, a.Value)).ToArray());

    [Fact]
    public void Tag_PastDecade_IsTenYears() =>
        TemporalAssert.Single("ارتفعت الأسعار خلال العقد الماضي بنسبة كبيرة", "العقد الماضي", TemporalTypes.Duration, "P10Y");

    [Fact]
    public void Tag_ContractWithoutQualifier_IsNoDecade() =>
        Assert.Empty(TemporalAssert.Tag("وقع اللاعب العقد مع النادي"));

    [Fact]
    public void Tag_DayOfEveryYear_IsOneSet() =>
        TemporalAssert.Single("يحتفل العالم في 21 مارس من كل عام بيوم الأم", "21 مارس من كل عام", TemporalTypes.Set, "XXXX-03-21");

    [Fact]
    public void Tag_TodayAfterTheTextNamedItsWeekday_IsThatWeekday() =>
        Assert.Equal(
            [("اليوم الثلاثاء", "2021-07-27"), ("اليوم", "2021-07-27")],
            TemporalAssert.Tag("ارتفعت الأسهم اليوم الثلاثاء. وتراجع النفط اليوم بعد بيانات المخزون").Select(a => (a.Text, a.Value)).ToArray());

    [Fact]
    public void Tag_TodayWhenTheTextNamesTheReferencesWeekday_IsTheReference() =>
        Assert.Equal(
            [("أمس الأربعاء", "2021-07-28"), ("اليوم", "2021-07-29")],
            TemporalAssert.Tag("أعلنت الوزارة أمس الأربعاء نتائجها. وتبدأ اللجنة عملها اليوم").Select(a => (a.Text, a.Value)).ToArray());
}
