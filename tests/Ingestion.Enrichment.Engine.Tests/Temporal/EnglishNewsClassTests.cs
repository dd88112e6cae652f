using Ingestion.Contracts;

namespace Ingestion.Enrichment.Engine.Tests.Temporal;

/// <summary>
/// English newswire classes as TimeML annotates them: holidays, clock times said in words, parts of a day named by
/// reference to the day before, "earlier this year", quarters of a named year, rates as SETs, halves of units,
/// weekdays in the plural, centuries, and how far a tense cue carries a month. Reference 2021-07-29 (a Thursday).
/// </summary>
public sealed class EnglishNewsClassTests
{
    [Theory]
    [InlineData("The boy reached Miami on Thanksgiving.", "Thanksgiving", "2020-11-26")]
    [InlineData("He was killed on Christmas Day at his home", "Christmas Day", "2020-12-25")]
    [InlineData("The pope will celebrate Mass on Easter Sunday", "Easter Sunday", "2022-04-17")]
    [InlineData("Voters will go to the polls on Election Day", "Election Day", "2021-11-02")]
    [InlineData("Two people drowned on Memorial Day", "Memorial Day", "2021-05-31")]
    [InlineData("He arrived in Miami last Thanksgiving", "last Thanksgiving", "2020-11-26")]
    [InlineData("Traffic will be heavy over the Labor Day weekend", "Labor Day weekend", "2021-W35-WE")]
    [InlineData("The parade was held on St. Patrick's Day", "St. Patrick's Day", "2021-03-17")]
    [InlineData("The shop closed at Christmas 2019", "Christmas 2019", "2019-12-25")]
    public void Tag_Holiday_IsTheDateItFallsOn(string text, string expected, string value) =>
        TemporalAssert.Single(text, expected, TemporalTypes.Date, value, language: "en");

    [Theory]
    [InlineData("They sold Christmas trees in the square")]
    [InlineData("The children hunted for Easter eggs")]
    [InlineData("Sales in the Christmas season were weak")]
    public void Tag_HolidayAsModifier_IsNotTagged(string text) =>
        Assert.Empty(TemporalAssert.Tag(text, "en"));

    [Theory]
    [InlineData("The father will leave at 4 in the morning", "4 in the morning", "2021-07-29T04:00")]
    [InlineData("The rebels attacked at 9 at night", "9 at night", "2021-07-29T21:00")]
    [InlineData("The meeting ended at five in the afternoon", "five in the afternoon", "2021-07-29T17:00")]
    [InlineData("Shops open at nine o'clock", "nine o'clock", "2021-07-29T09:00")]
    public void Tag_ClockTimeInWords_IsATimeOfThatDay(string text, string expected, string value) =>
        TemporalAssert.Single(text, expected, TemporalTypes.Time, value, language: "en");

    [Fact]
    public void Tag_Overnight_IsTheNightBeforeTheReferenceDate() =>
        TemporalAssert.Single("Rebels shelled the town overnight, officials said", "overnight", TemporalTypes.Time, "2021-07-28TNI", language: "en");

    [Fact]
    public void Tag_OvernightRate_IsNotTagged() =>
        Assert.Empty(TemporalAssert.Tag("The overnight rate rose to 5%", "en"));

    [Theory]
    [InlineData("The ship sank on Friday, July 16. The next morning, divers found the wreck.", "The next morning", "2021-07-17TMO")]
    [InlineData("The ship sank on Friday, July 16. Rescuers gave up that evening.", "that evening", "2021-07-16TEV")]
    [InlineData("The ship sank on July 16. The following night, the storm eased.", "The following night", "2021-07-17TNI")]
    public void Tag_AnaphoricPartOfDay_IsATimeOfTheDayNamedBefore(string text, string expected, string value)
    {
        TemporalAnnotation found = Assert.Single(TemporalAssert.Tag(text, "en"), a => a.Text == expected);
        Assert.Equal(TemporalTypes.Time, found.Type);
        Assert.Equal(value, found.Value);
    }

    [Fact]
    public void Tag_AnaphoricPartOfDayWithoutAnchor_TakesTheReferenceDate() =>
        TemporalAssert.Single("Police arrested him that night", "that night", TemporalTypes.Time, "2021-07-29TNI", language: "en");

    [Theory]
    [InlineData("Officials said earlier this year that the plant was safe", "earlier this year", "2021", "START")]
    [InlineData("The plant will close later this month", "later this month", "2021-07", "END")]
    [InlineData("Prices rose earlier in the year", "earlier in the year", "2021", "START")]
    [InlineData("The vote is expected later this week", "later this week", "2021-W30", "END")]
    public void Tag_EarlierOrLaterInAPeriod_TakesTheWordAsTheMod(string text, string expected, string value, string mod) =>
        TemporalAssert.Single(text, expected, TemporalTypes.Date, value, mod, language: "en");

    [Theory]
    [InlineData("Third-quarter profit fell 5%. Profit in the 1988 quarter was higher.", "the 1988 quarter", "1988-Q3")]
    [InlineData("Sales will rise in next year's first quarter", "next year's first quarter", "2022-Q1")]
    [InlineData("Last year's fourth quarter was weak", "Last year's fourth quarter", "2020-Q4")]
    [InlineData("Second-quarter profit rose 5% from the same period last year", "the same period last year", "2020-Q2")]
    [InlineData("Second-quarter sales were flat against the quarter a year earlier", "the quarter a year earlier", "2020-Q2")]
    public void Tag_QuarterOfANamedYear_IsOneDate(string text, string expected, string value) =>
        Assert.Equal(value, Assert.Single(TemporalAssert.Tag(text, "en"), a => a.Text == expected).Value);

    [Theory]
    [InlineData("Net income for the year rose 8%", "the year", "2021")]
    [InlineData("Shares fell 3% for the week", "the week", "2021-W30")]
    public void Tag_ThePeriodAReportCovers_IsTheReferencePeriod(string text, string expected, string value) =>
        TemporalAssert.Single(text, expected, TemporalTypes.Date, value, language: "en");

    [Fact]
    public void Tag_TheYearThatEnded_IsLeftToTheDateAfterIt() =>
        Assert.DoesNotContain(TemporalAssert.Tag("Profit for the year ended June 30 rose", "en"), a => a.Text == "the year");

    [Theory]
    [InlineData("The stock pays a dividend of $1.76 a year", "a year", "P1Y")]
    [InlineData("Output grew 3% a year", "a year", "P1Y")]
    [InlineData("The board meets twice a month", "a month", "P1M")]
    [InlineData("Orangemen march each July through the town", "each July", "XXXX-07")]
    [InlineData("The market is closed on Sundays", "Sundays", "XXXX-WXX-7")]
    [InlineData("The show airs Tuesday nights", "Tuesday nights", "XXXX-WXX-2TNI")]
    public void Tag_Rate_IsASet(string text, string expected, string value) =>
        TemporalAssert.Single(text, expected, TemporalTypes.Set, value, language: "en");

    [Fact]
    public void Tag_NumberBeforeADayAfter_IsNoRate() =>
        Assert.DoesNotContain(TemporalAssert.Tag("The team won 2-1 a day after the vote", "en"), a => a.Type == TemporalTypes.Set);

    [Theory]
    [InlineData("The trial lasted 2 1/2 years", "2 1/2 years", "P2Y6M")]
    [InlineData("The search took 5 1/2 hours", "5 1/2 hours", "PT5H30M")]
    public void Tag_HalfAUnit_IsWrittenInTheNextUnit(string text, string expected, string value) =>
        TemporalAssert.Single(text, expected, TemporalTypes.Duration, value, language: "en");

    [Theory]
    [InlineData("This century began with a war", "This century", "20")]
    [InlineData("The practice was common in the 1800s", "the 1800s", "18")]
    [InlineData("Prices rose in the 1990s", "the 1990s", "199")]
    public void Tag_CenturyOrDecade_IsItsLeadingDigits(string text, string expected, string value) =>
        TemporalAssert.Single(text, expected, TemporalTypes.Date, value, language: "en");

    [Theory]
    // a future cue carries a bare month to the coming one, however far ahead
    [InlineData("She will be named commander for a mission in June", "June", "2022-06")]
    // "since" speaks of the past
    [InlineData("Investigators have been looking for him since the Nov. 12 attack", "Nov. 12", "2020-11-12")]
    [InlineData("The case will be heard the week of March 6", "the week of March 6", "2022-W09")]
    public void Tag_MonthByTense_ResolvesToThatSide(string text, string expected, string value) =>
        TemporalAssert.Single(text, expected, TemporalTypes.Date, value, language: "en");
}
