using Ingestion.Contracts;

namespace Ingestion.Enrichment.Engine.Tests.Temporal;

public sealed class ArabicMonthTests
{
    [Theory]
    [InlineData("وصل الوفد في 15 يناير 2021 الى القاهرة", "15 يناير 2021", "2021-01-15")]
    [InlineData("عقد الاجتماع في 3 شباط 2019", "3 شباط 2019", "2019-02-03")]
    [InlineData("صدر القرار في 1 كانون الثاني 2020", "1 كانون الثاني 2020", "2020-01-01")]
    [InlineData("انطلقت الدورة في 5 شتنبر 2020", "5 شتنبر 2020", "2020-09-05")]
    [InlineData("وقع الاتفاق يوم 12 غشت 2019", "12 غشت 2019", "2019-08-12")]
    [InlineData("اجريت الانتخابات في 12 جوان 2019", "12 جوان 2019", "2019-06-12")]
    [InlineData("ولد في 29 يوليو 1990", "29 يوليو 1990", "1990-07-29")]
    [InlineData("يوم الاثنين 12 يناير 2016 صباحا", "الاثنين 12 يناير 2016", "2016-01-12")]
    [InlineData("وصل في الرابع من مايو", "الرابع من مايو", "2021-05-04")]
    public void Tag_DayMonthYear_ResolvesTheDay(string text, string expected, string value) =>
        TemporalAssert.Single(text, expected, TemporalTypes.Date, value);

    [Theory]
    [InlineData("في شهر يناير 2021 تراجعت الاسعار", "شهر يناير 2021", "2021-01")]
    [InlineData("تراجعت الاسعار خلال جانفي 2021", "جانفي 2021", "2021-01")]
    [InlineData("ارتفعت الصادرات في دجنبر 2020", "دجنبر 2020", "2020-12")]
    [InlineData("سجلت خلال نونبر الماضي", "نونبر الماضي", "2020-11")]
    [InlineData("منذ يوليوز 2021", "يوليوز 2021", "2021-07")]
    [InlineData("في يناير/كانون الثاني 2021", "يناير/كانون الثاني 2021", "2021-01")]
    [InlineData("في يوليو (تموز) الحالي", "يوليو (تموز) الحالي", "2021-07")]
    [InlineData("في نوفمبر المقبل", "نوفمبر المقبل", "2021-11")]
    [InlineData("في مارس الماضي", "مارس الماضي", "2021-03")]
    public void Tag_MonthExpression_ResolvesTheMonth(string text, string expected, string value) =>
        TemporalAssert.Single(text, expected, TemporalTypes.Date, value);

    [Theory]
    [InlineData("وفي يناير 2021 قال", "يناير 2021")]
    [InlineData("لعام 2021 كله", "عام 2021")]
    [InlineData("ويناير 2021", "يناير 2021")]
    public void Tag_Proclitic_StaysOutsideTheText(string text, string expected) =>
        Assert.Equal(expected, Assert.Single(TemporalAssert.Tag(text)).Text);

    [Theory]
    [InlineData("قال رمضان عبد الله ان الفريق جاهز")]
    [InlineData("مارس الرياضة منذ صغره")]
    [InlineData("اكد اب الضحية ان")]
    public void Tag_MonthNameThatIsAlsoAWord_IsNotADateWithoutCue(string text) =>
        Assert.Empty(TemporalAssert.Tag(text));
}
