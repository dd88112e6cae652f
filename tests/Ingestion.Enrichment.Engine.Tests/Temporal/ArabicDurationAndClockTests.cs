using Ingestion.Contracts;

namespace Ingestion.Enrichment.Engine.Tests.Temporal;

public sealed class ArabicDurationAndClockTests
{
    [Theory]
    [InlineData("مرور 60 عاما على", "60 عاما", "P60Y")]
    [InlineData("استمر ثلاثة أيام", "ثلاثة أيام", "P3D")]
    [InlineData("استمر يومين", "يومين", "P2D")]
    [InlineData("استمر شهرين", "شهرين", "P2M")]
    [InlineData("استمر عامين", "عامين", "P2Y")]
    [InlineData("استمر ساعتين", "ساعتين", "PT2H")]
    [InlineData("استمر عشرين دقيقة", "عشرين دقيقة", "PT20M")]
    [InlineData("استمر أربع وعشرين ساعة", "أربع وعشرين ساعة", "PT24H")]
    [InlineData("منذ مئة عام", "مئة عام", "P100Y")]
    [InlineData("استمر خمسة أسابيع", "خمسة أسابيع", "P5W")]
    [InlineData("استمر عشرة أشهر", "عشرة أشهر", "P10M")]
    [InlineData("لمدة نصف ساعة", "نصف ساعة", "PT30M")]
    [InlineData("لمدة ساعة ونصف", "ساعة ونصف", "PT1.5H")]
    [InlineData("لمدة عام واحد و شهر و 21 يوما", "عام واحد و شهر و 21 يوما", "P1Y1M21D")]
    [InlineData("لبضعة أيام", "بضعة أيام", "PXD")]
    public void Tag_Duration_GivesThePeriod(string text, string expected, string value) =>
        TemporalAssert.Single(text, expected, TemporalTypes.Duration, value);

    [Theory]
    [InlineData("وصل قبل شهرين", "قبل شهرين", "2021-05")]
    [InlineData("يصل بعد ثلاثة أيام", "بعد ثلاثة أيام", "2021-08-01")]
    public void Tag_DurationAgoOrAhead_IsAPoint(string text, string expected, string value) =>
        TemporalAssert.Single(text, expected, TemporalTypes.Date, value);

    [Theory]
    [InlineData("تبدأ الساعة العاشرة صباحا", "الساعة العاشرة صباحا", "2021-07-29T10:00")]
    [InlineData("تبدأ الساعة 10:30 مساء", "الساعة 10:30 مساء", "2021-07-29T22:30")]
    [InlineData("تبدأ الساعة الثالثة عصرا", "الساعة الثالثة عصرا", "2021-07-29T15:00")]
    [InlineData("تبدأ الساعة الواحدة ظهرا", "الساعة الواحدة ظهرا", "2021-07-29T13:00")]
    [InlineData("تبدأ الساعة 11 ليلا", "الساعة 11 ليلا", "2021-07-29T23:00")]
    [InlineData("تبدأ الثامنة والنصف مساء", "الثامنة والنصف مساء", "2021-07-29T20:30")]
    [InlineData("تبدأ الساعة الثامنة إلا ربع", "الساعة الثامنة إلا ربع", "2021-07-29T07:45")]
    [InlineData("تبدأ ١٠:١٥", "١٠:١٥", "2021-07-29T10:15")]
    public void Tag_ClockTime_GivesTheTime(string text, string expected, string value) =>
        TemporalAssert.Single(text, expected, TemporalTypes.Time, value);

    [Theory]
    [InlineData("يصل غدا الساعة 8:00 صباحا", "غدا الساعة 8:00 صباحا", "2021-07-30T08:00")]
    [InlineData("تبدأ الساعة العاشرة صباح اليوم", "الساعة العاشرة صباح اليوم", "2021-07-29T10:00")]
    public void Tag_DayWithClockTime_IsOneTime(string text, string expected, string value) =>
        TemporalAssert.Single(text, expected, TemporalTypes.Time, value);

    [Fact]
    public void Tag_FeminineOrdinalAlone_IsNotATime() =>
        Assert.Empty(TemporalAssert.Tag("انطلقت الدورة السابعة للمهرجان"));

    [Theory]
    [InlineData("يتكرر كل يوم", "كل يوم", "P1D")]
    [InlineData("يصدر يوميا", "يوميا", "P1D")]
    [InlineData("يصدر أسبوعيا", "أسبوعيا", "P1W")]
    [InlineData("يقام كل عام", "كل عام", "P1Y")]
    [InlineData("يقام سنويا", "سنويا", "P1Y")]
    [InlineData("يقام كل يوم جمعة", "كل يوم جمعة", "XXXX-WXX-5")]
    [InlineData("يقام كل عامين", "كل عامين", "P2Y")]
    public void Tag_Set_GivesTheRecurrence(string text, string expected, string value) =>
        TemporalAssert.Single(text, expected, TemporalTypes.Set, value);
}
