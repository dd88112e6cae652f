using Ingestion.Contracts;

namespace Ingestion.Enrichment.Engine.Tests.Temporal;

/// <summary>
/// English tense cues, parts of months and years, quarters as a unit, and what a duration's span takes in.
/// Reference 2021-07-29 (a Thursday).
/// </summary>
public sealed class EnglishResolutionTests
{
    [Theory]
    // plans and schedules speak of the future
    [InlineData("The talks are set to resume on Monday", "Monday", "2021-08-02")]
    [InlineData("Protesters planned a march through the city on Saturday", "Saturday", "2021-07-31")]
    [InlineData("Officials were planning to reopen the border on Monday", "Monday", "2021-08-02")]
    [InlineData("The launch is slated for Monday", "Monday", "2021-08-02")]
    [InlineData("The company may soon lower prices, perhaps on Monday", "Monday", "2021-08-02")]
    // a name ending in -ed is no past verb; nor is a participle after "be"
    [InlineData("The envoy will fly to the United States Monday", "Monday", "2021-08-02")]
    [InlineData("The crew will be named in December", "December", "2021-12")]
    // a plan reported as past
    [InlineData("The bid had been due to expire Friday", "Friday", "2021-07-23")]
    [InlineData("The raid began as previously planned Saturday", "Saturday", "2021-07-24")]
    // "last" and "next" before a day of a month
    [InlineData("He was shot last Oct. 23 at his home", "last Oct. 23", "2020-10-23")]
    [InlineData("The rule takes effect next May 1", "next May 1", "2022-05-01")]
    public void Tag_EnglishTenseCue_ResolvesToThatSide(string text, string expected, string value) =>
        TemporalAssert.Single(text, expected, TemporalTypes.Date, value, language: "en");

    [Theory]
    [InlineData("Prices fell at the end of November", "the end of November", "2020-11", "END")]
    [InlineData("Output rose in the middle of April", "the middle of April", "2021-04", "MID")]
    [InlineData("Sales rose at the beginning of March", "the beginning of March", "2021-03", "START")]
    [InlineData("The debt falls due at the end of 2023", "the end of 2023", "2023", "END")]
    public void Tag_PartOfMonthOrYear_TakesThePhraseAsTheMod(string text, string expected, string value, string mod) =>
        TemporalAssert.Single(text, expected, TemporalTypes.Date, value, mod, language: "en");

    [Theory]
    [InlineData("Losses mounted for several quarters", "several quarters", TemporalTypes.Duration, "PXQ", null)]
    [InlineData("Sales fell in the past two quarters", "the past two quarters", TemporalTypes.Duration, "P2Q", null)]
    [InlineData("Markets are calmer these days", "these days", TemporalTypes.Date, "PRESENT_REF", null)]
    [InlineData("The firm grew over the years", "the years", TemporalTypes.Duration, "PXY", null)]
    [InlineData("Output grew during the decades that followed", "the decades", TemporalTypes.Duration, "PXDE", null)]
    // "over" before a duration is the preposition; before "a" or "an" it is "more than"
    [InlineData("Prices rose over the past two years", "the past two years", TemporalTypes.Duration, "P2Y", null)]
    [InlineData("The sum is spread over three years", "three years", TemporalTypes.Duration, "P3Y", null)]
    [InlineData("The meeting lasted over an hour", "over an hour", TemporalTypes.Duration, "PT1H", "MORE_THAN")]
    // an adjectival duration leaves the determiner to its noun
    [InlineData("Workers began the 14-day strike", "14-day", TemporalTypes.Duration, "P14D", null)]
    public void Tag_EnglishSpanClass_Resolves(string text, string expected, string type, string value, string? mod) =>
        TemporalAssert.Single(text, expected, type, value, mod, language: "en");

    [Theory]
    [InlineData("The truce will hold until the end of the week", "the end of the week", TemporalTypes.Date, "2021-W30", "END")]
    [InlineData("Rates will be set by the middle of the month", "the middle of the month", TemporalTypes.Date, "2021-07", "MID")]
    [InlineData("Two days later the minister quit", "Two days", TemporalTypes.Duration, "P2D", null)]
    [InlineData("The polls closed at 1400 GMT", "1400 GMT", TemporalTypes.Time, "2021-07-29T14:00", null)]
    public void Tag_EnglishRelativeClass_Resolves(string text, string expected, string type, string value, string? mod) =>
        TemporalAssert.Single(text, expected, type, value, mod, language: "en");

    [Theory]
    [InlineData("Storms hit between March 5 and 7.", "March 5", "2021-03-05", "7", "2021-03-07")]
    [InlineData("Storms hit from March 3 to 5.", "March 3", "2021-03-03", "5", "2021-03-05")]
    public void Tag_EnglishDayRange_IsTwoDates(string text, string first, string firstValue, string second, string secondValue)
    {
        IReadOnlyList<TemporalAnnotation> found = TemporalAssert.Tag(text, "en");

        Assert.Equal([(first, firstValue), (second, secondValue)], found.Select(a => (a.Text, a.Value)));
    }

    [Fact]
    public void Tag_AndWithoutBetween_IsNoRange() =>
        Assert.Equal(["March 5"], TemporalAssert.Tag("He was paid on March 5 and 7 others were not", "en").Select(a => a.Text));

    [Theory]
    [InlineData("The rebels landed on Dec. 2, 1956. The next day they marched inland.", "The next day", "1956-12-03")]
    [InlineData("The rebels landed on Dec. 2, 1956. Earlier that day the storm had passed.", "Earlier that day", "1956-12-02")]
    [InlineData("She left Cuba in June 1998 and came back later that year.", "later that year", "1998")]
    [InlineData("He quit in 2005, and the following year he ran for office.", "the following year", "2006")]
    [InlineData("Talks broke down on Monday. They had nearly agreed the day before.", "the day before", "2021-07-25")]
    public void Tag_AnaphoricDayOrYear_TakesTheDayOrYearNamedBefore(string text, string expected, string value) =>
        Assert.Equal(value, Assert.Single(TemporalAssert.Tag(text, "en"), a => a.Text == expected).Value);

    [Theory]
    [InlineData("The next day was calm.", "2021-07-30")]
    [InlineData("The same day was calm.", "2021-07-29")]
    public void Tag_AnaphoricDayWithoutAnchor_TakesTheReferenceDate(string text, string value) =>
        Assert.Equal(value, Assert.Single(TemporalAssert.Tag(text, "en")).Value);

    [Theory]
    [InlineData("Traders sold on the news that day and bought later")]
    [InlineData("He was seen the day before police issued a warrant")]
    public void Tag_GenericDayPhrase_IsNotTagged(string text) =>
        Assert.Empty(TemporalAssert.Tag(text, "en"));

    [Fact]
    public void Tag_FractionOfQuarters_IsNoDuration() =>
        Assert.Empty(TemporalAssert.Tag("About three-quarters of the staff agreed", "en"));
}
