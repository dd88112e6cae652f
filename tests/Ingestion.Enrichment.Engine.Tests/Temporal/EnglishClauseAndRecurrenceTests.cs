using Ingestion.Contracts;

namespace Ingestion.Enrichment.Engine.Tests.Temporal;

/// <summary>
/// English classes that generalise beyond one corpus: recurrences with a longer period, halves "of the year", vague
/// points in the past, a clock time with its zone and the day named after it, a part of a named day, irregular past
/// verbs, and a reporting verb after a clause. Reference 2021-07-29 (a Thursday). Sentences invented here.
/// </summary>
public sealed class EnglishClauseAndRecurrenceTests
{
    [Theory]
    [InlineData("Elections are held every four years in the republic", "every four years", "P4Y")]
    [InlineData("The committee meets every two weeks", "every two weeks", "P2W")]
    [InlineData("She waters the plants every other day", "every other day", "P2D")]
    [InlineData("The radio show airs every Monday night", "every Monday night", "XXXX-WXX-1TNI")]
    public void Tag_RecurrenceOfSeveralUnits_IsOneSet(string text, string expected, string value) =>
        TemporalAssert.Single(text, expected, TemporalTypes.Set, value, language: "en");

    [Fact]
    public void Tag_EveryOtherWithAPlural_IsNotARecurrence() =>
        Assert.DoesNotContain(TemporalAssert.Tag("They met every other weeks", "en"), a => a.Type == TemporalTypes.Set);

    [Theory]
    [InlineData("The firm lost money in the first half of the year", "the first half of the year", "2021-H1")]
    [InlineData("Sales will recover in the second half of the year", "the second half of the year", "2021-H2")]
    public void Tag_HalfOfTheYear_IsTheHalfOfTheYearTheTenseGives(string text, string expected, string value) =>
        TemporalAssert.Single(text, expected, TemporalTypes.Date, value, language: "en");

    [Fact]
    public void Tag_BareSecondHalf_IsNotTagged() =>
        Assert.Empty(TemporalAssert.Tag("The visitors scored twice in the second half", "en"));

    [Theory]
    [InlineData("The bridge opened a few years ago", "a few years ago")]
    [InlineData("The plan was drafted years ago", "years ago")]
    [InlineData("Several weeks ago the mayor resigned", "Several weeks ago")]
    public void Tag_VaguePointAgo_IsPastRef(string text, string expected) =>
        TemporalAssert.Single(text, expected, TemporalTypes.Date, "PAST_REF", language: "en");

    [Fact]
    public void Tag_ClockTimeWithZone_KeepsZoneAndSeconds() =>
        TemporalAssert.Single("The launch took place at 10:35:20 a.m. EDT.", "10:35:20 a.m. EDT", TemporalTypes.Time, "2021-07-29T10:35:20", language: "en");

    [Fact]
    public void Tag_ClockTimesBeforeTheDayTheirClauseNames_TakeThatDay()
    {
        IReadOnlyList<TemporalAnnotation> found = TemporalAssert.Tag("Polls open on July 20. Voting will start at 7 a.m. local time (1100 GMT) on Sunday.", "en");
        Assert.Equal("2021-08-01T07:00", Assert.Single(found, a => a.Text == "7 a.m. local time").Value);
        Assert.Equal("2021-08-01T11:00", Assert.Single(found, a => a.Text == "1100 GMT").Value);
    }

    [Fact]
    public void Tag_ClockTimeBeforeADayInTheNextSentence_KeepsTheDayNamedBefore()
    {
        IReadOnlyList<TemporalAnnotation> found = TemporalAssert.Tag("Police came on July 20 at 9 a.m. They will return on Sunday.", "en");
        Assert.Equal("2021-07-20T09:00", Assert.Single(found, a => a.Text.StartsWith("July 20", StringComparison.Ordinal)).Value);
    }

    [Theory]
    [InlineData("Troops entered the town on the night of July 4", "the night of July 4", "2021-07-04TNI")]
    [InlineData("He was arrested on the morning of Tuesday", "the morning of Tuesday", "2021-07-27TMO")]
    public void Tag_PartOfANamedDay_IsOneTime(string text, string expected, string value) =>
        TemporalAssert.Single(text, expected, TemporalTypes.Time, value, language: "en");

    [Theory]
    [InlineData("The ferry sank on Saturday", "2021-07-24")]
    [InlineData("The team flew home on Saturday", "2021-07-24")]
    [InlineData("The rebels fought on Saturday near the border", "2021-07-24")]
    public void Tag_WeekdayWithIrregularPastVerb_IsTheLastOne(string text, string value) =>
        Assert.Equal(value, TemporalAssert.ValueOfOneEndingWith(text, "Saturday", "en"));

    [Theory]
    [InlineData("The minister will visit Paris on Saturday, his office said", "2021-07-31")]
    [InlineData("\"We will leave at dawn on Saturday,\" the captain said", "2021-07-31")]
    [InlineData("The minister visited Paris on Saturday, his office said", "2021-07-24")]
    [InlineData("Talks ended on Saturday, the ministry said", "2021-07-24")]
    [InlineData("On Saturday, the ministry said, prices rise", "2021-07-24")]
    public void Tag_ReportingVerbAfterTheClause_DatesTheReportOnly(string text, string value) =>
        Assert.Equal(value, TemporalAssert.ValueOfOneEndingWith(text, "Saturday", "en"));

    [Fact]
    public void Tag_ClockWithZoneAndWeekdayInAQuote_TakesTheQuotesTense() =>
        TemporalAssert.Single("\"The convoy will depart at 6 a.m. EDT Saturday,\" the general said", "6 a.m. EDT Saturday", TemporalTypes.Time, "2021-07-31T06:00", language: "en");
    [Theory]
    [InlineData("The rebels attacked again hours later", "hours", "PTXH")]
    [InlineData("Prices will stay high in the months ahead", "the months ahead", "PXM")]
    [InlineData("The scars will remain for years to come", "years to come", "PXY")]
    [InlineData("Half an hour later the lights went out", "Half an hour", "PT30M")]
    public void Tag_VagueOrHalfDuration_IsADuration(string text, string expected, string value) =>
        TemporalAssert.Single(text, expected, TemporalTypes.Duration, value, language: "en");

    [Theory]
    [InlineData("Rates were cut at the start of the year", "the start of the year", "START")]
    [InlineData("The plant should open by the middle of the year", "the middle of the year", "MID")]
    public void Tag_PartOfTheYear_IsTheReferenceYearWithItsMod(string text, string expected, string mod) =>
        TemporalAssert.Single(text, expected, TemporalTypes.Date, "2021", mod, language: "en");
    [Theory]
    [InlineData("The plant closed in March 2019. The following month, workers protested.", "The following month", "2019-04")]
    [InlineData("The law passed on May 3, 2018. The following week, it was challenged.", "The following week", "2018-W19")]
    [InlineData("The minister arrived on May 3, 2018. The same week, talks began.", "The same week", "2018-W18")]
    [InlineData("The results will be known the following week.", "the following week", "2021-W31")]
    public void Tag_FollowingWeekOrMonth_IsTheOneAfterTheStorysLastDate(string text, string expected, string value) =>
        Assert.Equal(value, Assert.Single(TemporalAssert.Tag(text, "en"), a => a.Text == expected).Value);
    [Fact]
    public void Tag_PartOfACentury_KeepsItsMod() =>
        TemporalAssert.Single("The treaty was signed in the late 19th century", "the late 19th century", TemporalTypes.Date, "18", "END", language: "en");

    [Fact]
    public void Tag_LateOnAWeekday_IsThatDayWithItsMod() =>
        TemporalAssert.Single("The dollar slipped late on Friday", "late on Friday", TemporalTypes.Date, "2021-07-23", "END", language: "en");
    [Theory]
    [InlineData("The governor won a second term")]
    [InlineData("A second suspect was arrested")]
    public void Tag_ASecondAsOrdinal_IsNotADuration(string text) =>
        Assert.Empty(TemporalAssert.Tag(text, "en"));

    [Fact]
    public void Tag_ASecondAsTime_IsADuration() =>
        TemporalAssert.Single("The lights went out for a second.", "a second", TemporalTypes.Duration, "PT1S", language: "en");
}
