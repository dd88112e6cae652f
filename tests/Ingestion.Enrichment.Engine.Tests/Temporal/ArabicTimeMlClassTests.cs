using Ingestion.Contracts;

namespace Ingestion.Enrichment.Engine.Tests.Temporal;

/// <summary>
/// More TimeML classes of Arabic expressions, one theory per class, from sentences written for these tests.
/// Reference 2021-07-29 (a Thursday).
/// </summary>
public sealed class ArabicTimeMlClassTests
{
    [Theory]
    [InlineData("ولد الكاتب في 1877، وتوفي شابا", "1877", "1877")]
    [InlineData("وقع الزلزال في المدينة. 1969- انتخاب رئيس جديد للبلاد", "1969", "1969")]
    public void Tag_BareYear_IsDate(string text, string expected, string value) =>
        TemporalAssert.Single(text, expected, TemporalTypes.Date, value);

    [Theory]
    [InlineData("دفع المشتري 1500 ريال للبائع")]
    [InlineData("بلغ عدد الزوار 1877 زائرا")]
    public void Tag_CountBefore1900_IsNoYear(string text) =>
        Assert.Empty(TemporalAssert.Tag(text));

    [Theory]
    [InlineData("حقق الفريق اللقب 2014 - 2015 بجدارة", "2014", "2015")]
    [InlineData("نظمت قطر الدوري بداية من 2006 / 2007 للمحترفين", "2006", "2007")]
    public void Tag_RangeOfYears_IsTwoDates(string text, string first, string second) =>
        Assert.Equal([first, second], TemporalAssert.Tag(text).Select(a => a.Value).ToArray());

    [Theory]
    [InlineData("استخدم التنظيم الحسابات بين سبتمبر وديسمبر 2014 بكثافة", "2014-09", "2014-12")]
    [InlineData("سافر الوفد بين نوفمبر وفبراير 2015 مرتين", "2014-11", "2015-02")]
    public void Tag_MonthRangeWithOneYear_GivesTheFirstMonthThatYear(string text, string first, string second) =>
        Assert.Equal([first, second], TemporalAssert.Tag(text).Select(a => a.Value).ToArray());

    [Fact]
    public void Tag_DayAndMonthAfterAStatedYear_TakeThatYear() =>
        Assert.Equal("2013-08-14", TemporalAssert.ValueOfOneEndingWith("في عام 2013 وقع الانفجار في 14 أغسطس قرب الميناء", "أغسطس"));

    [Theory]
    [InlineData("وقال الوزير أمس الأول إن الخطة جاهزة", "أمس الأول", "2021-07-27")]
    [InlineData("هذا اليوم في التاريخ", "هذا اليوم", "2021-07-29")]
    [InlineData("ألغت الحكومة التأشيرات أمس الثلاثاء", "أمس الثلاثاء", "2021-07-27")]
    [InlineData("قدم العضوان استقالتهما بنهاية يوم 6 أغسطس 2015م", "نهاية يوم 6 أغسطس 2015م", "2015-08-06")]
    [InlineData("في الثاني والعشرين من شهر مايو لهذا العام أجريت حوارا", "الثاني والعشرين من شهر مايو لهذا العام", "2021-05-22")]
    [InlineData("يتباطأ الاقتصاد في الربع الثالث من العام", "الربع الثالث من العام", "2021-Q3")]
    [InlineData("ارتفعت الأرباح في النصف الأول من العام", "النصف الأول من العام", "2021-H1")]
    public void Tag_RelativeDayOrPeriod_Resolves(string text, string expected, string value) =>
        Assert.Equal((expected, value), TemporalAssert.Tag(text).Select(a => (a.Text, a.Value)).Single());

    [Theory]
    [InlineData("غادر الوفد البلاد السبت", "السبت", "2021-07-24")]
    [InlineData("اجتمعت اللجنة الأحد", "الأحد", "2021-07-25")]
    [InlineData("سيغادر الوفد البلاد السبت", "السبت", "2021-07-31")]
    public void Tag_WeekdayWithoutQualifier_FollowsTheVerbsTense(string text, string expected, string value) =>
        TemporalAssert.Single(text, expected, TemporalTypes.Date, value);

    [Theory]
    [InlineData("اندلع الحريق مساء أمس الأحد في الحي", "مساء أمس الأحد", "2021-07-25TEV")]
    [InlineData("وقع الحادث عند الساعة 16:18 من عصر الإثنين", "الساعة 16:18 من عصر الإثنين", "2021-07-26T16:18")]
    [InlineData("يخوض الفريق مباراته في الساعة السابعة من مساء اليوم", "الساعة السابعة من مساء اليوم", "2021-07-29T19:00")]
    public void Tag_ClockOrPartOfDayWithItsDay_IsOneTime(string text, string expected, string value) =>
        TemporalAssert.Single(text, expected, TemporalTypes.Time, value);

    [Theory]
    [InlineData("كما كان الوضع إلى وقت قريب", "وقت قريب", "PAST_REF")]
    [InlineData("عقد الوزير مؤتمرا صحفيا قبل قليل", "قبل قليل", "PAST_REF")]
    [InlineData("ترتفع الأسعار كثيرا هذه الأيام", "هذه الأيام", "PRESENT_REF")]
    [InlineData("طبق الفول الذي نجده اليوم في كل مطعم", "اليوم", "PRESENT_REF")]
    [InlineData("مقالات لم يعد لها صلة بأحداث اليوم", "اليوم", "PRESENT_REF")]
    [InlineData("ستعلن الشركة النتائج لاحقا", "لاحقا", "FUTURE_REF")]
    public void Tag_PresentPastOrFutureReference_Resolves(string text, string expected, string value) =>
        TemporalAssert.Single(text, expected, TemporalTypes.Date, value);

    [Fact]
    public void Tag_LaterInAPastStory_IsNoFutureReference() =>
        Assert.Empty(TemporalAssert.Tag("وقال الخبير إن الأمر اتضح لاحقا"));

    [Theory]
    [InlineData("تغيرت المدينة كثيرا منذ عقود مضت", "عقود مضت", "PXDE")]
    [InlineData("عاش هناك لسنين", "سنين", "PXY")]
    [InlineData("يسترد الملاك التكاليف خلال 5 – 6 سنوات فقط", "5 – 6 سنوات", "P6Y")]
    [InlineData("أمضيت ثلاث سنوات ونصف السنة في سيدني", "ثلاث سنوات ونصف السنة", "P3.5Y")]
    [InlineData("يقترح أن تكون مدة التأشيرة أسبوعاً بدلا من ذلك", "أسبوعاً", "P1W")]
    public void Tag_VagueCountedOrSingleDuration_IsDuration(string text, string expected, string value) =>
        TemporalAssert.Single(text, expected, TemporalTypes.Duration, value);

    [Fact]
    public void Tag_DecadeOfYears_IsOneApproximateDuration() =>
        TemporalAssert.Single("بقي الأمر كذلك نحو عقد من الأعوام", "نحو عقد من الأعوام", TemporalTypes.Duration, "P10Y", "APPROX");

    [Theory]
    [InlineData("يزداد عدد الزوار عاماً بعد عام", "عاماً بعد عام", "P1Y")]
    [InlineData("تتحسن الخدمة يوما بعد يوم", "يوما بعد يوم", "P1D")]
    [InlineData("تزداد الأجرة كل عدة سنوات", "كل عدة سنوات", "PXY")]
    [InlineData("توقفت عن هم الكتابة اليومية", "اليومية", "P1D")]
    [InlineData("ارتفع حجم استهلاكهم الشهري للبيانات", "الشهري", "P1M")]
    public void Tag_Recurrence_IsSet(string text, string expected, string value) =>
        TemporalAssert.Single(text, expected, TemporalTypes.Set, value);

    [Theory]
    [InlineData("مدد تكليفه مديراً عاماً للتعليم")]
    [InlineData("ما يوليه الملك من اهتمام بالعمل الإغاثي")]
    [InlineData("كشفت مصادر مقربة من فريق (8 آذار) ذلك")]
    [InlineData("تسجل الإنتاج على أساس سنوي ارتفاعا")]
    [InlineData("تعمل الشرطة لشهور السنة الأخرى")]
    public void Tag_WordThatOnlyLooksTemporal_IsNoExpression(string text) =>
        Assert.Empty(TemporalAssert.Tag(text));
}
