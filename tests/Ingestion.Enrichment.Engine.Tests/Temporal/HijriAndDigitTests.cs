using Ingestion.Contracts;

namespace Ingestion.Enrichment.Engine.Tests.Temporal;

public sealed class HijriAndDigitTests
{
    [Fact]
    public void Tag_HijriDayMonthYear_ConvertsWithUmAlQura() =>
        // 1 Ramadan 1442 AH was 13 April 2021 in the Umm al-Qura calendar.
        TemporalAssert.Single("بدأ الصيام في 1 رمضان 1442 هـ", "1 رمضان 1442 هـ", TemporalTypes.Date, "2021-04-13");

    [Fact]
    public void Tag_HijriMonthWithoutYear_IsTheGregorianMonthOfItsMiddleInTheReferenceHijriYear() =>
        // 2021-07-29 is in 1442 AH; 15 Ramadan 1442 = 2021-04-27.
        TemporalAssert.Single("في شهر رمضان", "شهر رمضان", TemporalTypes.Date, "2021-04");

    [Fact]
    public void Tag_HijriYear_IsTheGregorianYearHoldingItsMiddle() =>
        TemporalAssert.Single("خلال عام 1442 هـ", "عام 1442 هـ", TemporalTypes.Date, "2021");

    [Fact]
    public void Tag_ArabSpring_IsNotASeason() =>
        Assert.Empty(TemporalAssert.Tag("منذ الربيع العربي"));

    [Fact]
    public void Tag_BareDayMonthWithoutCue_IsNotADate() =>
        // "فاز 22/4" style scores and fractions stay out.
        Assert.Empty(TemporalAssert.Tag("النتيجة 3/1 للفريق"));

    [Theory]
    [InlineData("في ٢٩ يوليو ٢٠٢١", "٢٩ يوليو ٢٠٢١", TemporalTypes.Date, "2021-07-29")]
    [InlineData("مرور ٦٠ عاما على", "٦٠ عاما", TemporalTypes.Duration, "P60Y")]
    [InlineData("بتاريخ ٢٩/٧/٢٠٢١", "٢٩/٧/٢٠٢١", TemporalTypes.Date, "2021-07-29")]
    public void Tag_EasternArabicDigits_AreRead(string text, string expected, string type, string value) =>
        TemporalAssert.Single(text, expected, type, value);

    [Theory]
    [InlineData("بتاريخ 29/7/2021", "29/7/2021", "2021-07-29")]
    [InlineData("بتاريخ 2021-07-29", "2021-07-29", "2021-07-29")]
    [InlineData("خلال عام 2020", "عام 2020", "2020")]
    [InlineData("تأسست سنة 1990م", "سنة 1990م", "1990")]
    [InlineData("تأسست 1990م", "1990م", "1990")]
    [InlineData("في السبعينيات", "السبعينيات", "197")]
    [InlineData("في القرن العشرين", "القرن العشرين", "19")]
    [InlineData("يصل يوم 22/4 الى", "22/4", "2021-04-22")]
    [InlineData("خلال هذا الصيف", "هذا الصيف", "2021-SU")]
    [InlineData("في شتاء 2020", "شتاء 2020", "2020-WI")]
    public void Tag_NumericDatesYearsDecades_Resolve(string text, string expected, string value) =>
        TemporalAssert.Single(text, expected, TemporalTypes.Date, value);
}
