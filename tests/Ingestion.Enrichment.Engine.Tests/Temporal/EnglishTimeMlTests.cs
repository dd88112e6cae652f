using Ingestion.Contracts;

namespace Ingestion.Enrichment.Engine.Tests.Temporal;

/// <summary>The TimeML classes of English expressions: references, quarters, decades, tense, spans. Reference 2021-07-29 (a Thursday).</summary>
public sealed class EnglishTimeMlTests
{
    [Theory]
    // present, past and future references
    [InlineData("Prices are now higher", "now", TemporalTypes.Date, "PRESENT_REF", null)]
    [InlineData("Prices are currently higher", "currently", TemporalTypes.Date, "PRESENT_REF", null)]
    [InlineData("Prices had recently fallen", "recently", TemporalTypes.Date, "PAST_REF", null)]
    [InlineData("Such deals worked in the past for them", "the past", TemporalTypes.Date, "PAST_REF", null)]
    [InlineData("Costs may rise in the near future", "the near future", TemporalTypes.Date, "FUTURE_REF", null)]
    // bare years, fiscal years, decades, centuries, spelled years
    [InlineData("Output doubled in 2009 alone", "2009", TemporalTypes.Date, "2009", null)]
    [InlineData("Output doubled 2009 alone", "2009", TemporalTypes.Date, "2009", null)]
    [InlineData("Profit for fiscal 2019 rose", "fiscal 2019", TemporalTypes.Date, "2019", null)]
    [InlineData("It was built in the 1990s by", "the 1990s", TemporalTypes.Date, "199", null)]
    [InlineData("It was built in the mid-1980s by", "the mid-1980s", TemporalTypes.Date, "198", "MID")]
    [InlineData("It dates from the 20th century and", "the 20th century", TemporalTypes.Date, "19", null)]
    [InlineData("He was born in nineteen seventy-nine in", "nineteen seventy-nine", TemporalTypes.Date, "1979", null)]
    // quarters: hyphenated, anaphoric, a year back
    [InlineData("Third-quarter profit fell", "Third-quarter", TemporalTypes.Date, "2021-Q3", null)]
    [InlineData("Fourth-quarter profit fell", "Fourth-quarter", TemporalTypes.Date, "2020-Q4", null)]
    [InlineData("Sales rose in the current quarter", "the current quarter", TemporalTypes.Date, "2021-Q3", null)]
    // tense: the latest such day or month in the past, the next in the future
    [InlineData("He resigned on Monday", "Monday", TemporalTypes.Date, "2021-07-26", null)]
    [InlineData("He will resign on Monday", "Monday", TemporalTypes.Date, "2021-08-02", null)]
    [InlineData("Sales fell in December", "December", TemporalTypes.Date, "2020-12", null)]
    [InlineData("Sales will rise in March", "March", TemporalTypes.Date, "2022-03", null)]
    [InlineData("The plant closed on Nov. 25", "Nov. 25", TemporalTypes.Date, "2020-11-25", null)]
    [InlineData("Sales rose in June last year", "June last year", TemporalTypes.Date, "2020-06", null)]
    [InlineData("Profit for the current fiscal year rose", "the current fiscal year", TemporalTypes.Date, "2021", null)]
    [InlineData("Stocks fell over the weekend", "the weekend", TemporalTypes.Date, "2021-W29-WE", null)]
    [InlineData("Debt fell in the past decade", "the past decade", TemporalTypes.Duration, "P10Y", null)]
    // parts of days are TIMEs
    [InlineData("He resigned Friday morning", "Friday morning", TemporalTypes.Time, "2021-07-23TMO", null)]
    [InlineData("Talks broke down last night", "last night", TemporalTypes.Time, "2021-07-28TNI", null)]
    [InlineData("We spoke this afternoon", "this afternoon", TemporalTypes.Time, "2021-07-29TAF", null)]
    // durations: the span holds determiners and approximations; vague amounts
    [InlineData("Prices fell in the past two years", "the past two years", TemporalTypes.Duration, "P2Y", null)]
    [InlineData("It took almost seven years", "almost seven years", TemporalTypes.Duration, "P7Y", "LESS_THAN")]
    [InlineData("It took about 7 hours", "about 7 hours", TemporalTypes.Duration, "PT7H", "APPROX")]
    [InlineData("It took 5 1/2 hours", "5 1/2 hours", TemporalTypes.Duration, "PT5H30M", null)]
    [InlineData("Talks went on for years", "years", TemporalTypes.Duration, "PXY", null)]
    [InlineData("Prices may rise in the next few months", "the next few months", TemporalTypes.Duration, "PXM", null)]
    [InlineData("They met for decades", "decades", TemporalTypes.Duration, "PXDE", null)]
    // clock times take their day and keep their seconds
    [InlineData("It was timed at 3:07:35 sharp", "3:07:35", TemporalTypes.Time, "2021-07-29T03:07:35", null)]
    [InlineData("The vote closes at 3 p.m. EST Friday", "3 p.m. EST Friday", TemporalTypes.Time, "2021-07-30T15:00", null)]
    public void Tag_EnglishTimeMlClass_Resolves(string text, string expected, string type, string value, string? mod) =>
        TemporalAssert.Single(text, expected, type, value, mod, language: "en");

    [Fact]
    public void Tag_QuarterReport_YearAgoAndTheQuarterReferBackToTheNamedQuarter()
    {
        const string text = "Net income rose in the second quarter. Sales in the quarter grew, compared with a year earlier.";

        IReadOnlyList<TemporalAnnotation> found = TemporalAssert.Tag(text, "en");

        Assert.Equal(
            [("the second quarter", "2021-Q2"), ("the quarter", "2021-Q2"), ("a year earlier", "2020-Q2")],
            found.Select(a => (a.Text, a.Value)).ToArray());
    }

    [Fact]
    public void Tag_ChildsAge_IsNoDuration()
    {
        Assert.Empty(TemporalAssert.Tag("The 6-year-old boy was found", "en"));
    }

    [Theory]
    [InlineData("The fair ran from March 3 to March 5", "March 5")]
    [InlineData("The fair ran from March 3 to 5", "5")]
    public void Tag_FromMarchThreeToFive_GivesTwoDates(string text, string second)
    {
        IReadOnlyList<TemporalAnnotation> found = TemporalAssert.Tag(text, "en");

        Assert.Equal([("March 3", "2021-03-03"), (second, "2021-03-05")], found.Select(a => (a.Text, a.Value)).ToArray());
    }

    [Fact]
    public void Tag_DateThenAmount_GivesNoSecondDate()
    {
        IReadOnlyList<TemporalAnnotation> found = TemporalAssert.Tag("Prices rose on March 3 to 5 percent", "en");

        Assert.Equal(["March 3"], found.Select(a => a.Text).ToArray());
    }

    [Theory]
    // the verb next to the weekday settles it, not a future cue further away in the sentence
    [InlineData("Officials met on Friday and the talks will resume next month.", "2021-07-23")]
    [InlineData("The company will announce its results on Friday.", "2021-07-30")]
    public void Tag_WeekdayInSentenceWithBothTenses_FollowsTheNearestVerb(string text, string value) =>
        Assert.Equal(value, TemporalAssert.ValueOfOneEndingWith(text, "Friday", "en"));

    [Theory]
    // a tense cue carries a month named without its year at most eight months away: newswire writes the year of
    // anything further (reference July 2021)
    [InlineData("Shares will trade again after the June 3 halt.", "June 3", "2021-06-03")]
    [InlineData("Payments were delayed until Sept. 15 for most clients.", "Sept. 15", "2021-09-15")]
    [InlineData("Payments were delayed until March 15 for most clients.", "March 15", "2021-03-15")]
    [InlineData("The plant will reopen on March 15 next spring.", "March 15", "2022-03-15")]
    public void Tag_DayAndMonthWithTenseCue_StaysWithinEightMonths(string text, string expected, string value) =>
        Assert.Equal(value, TemporalAssert.ValueOfOneEndingWith(text, expected, "en"));

    [Theory]
    // reference 2021-Q3: a future cue reaches at most two quarters ahead, else the quarter is the one just past
    [InlineData("Profit will recover in the first quarter, the chairman hopes.", "2022-Q1")]
    [InlineData("The company will post a loss for the second quarter, its chief executive warned.", "2021-Q2")]
    public void Tag_QuarterInFutureSentence_ReachesTwoQuartersAhead(string text, string value) =>
        Assert.Equal(value, TemporalAssert.ValueOfOneEndingWith(text, "quarter", "en"));

    [Fact]
    public void Tag_ClockTimeAfterADayNamedEarlier_TakesThatDay()
    {
        IReadOnlyList<TemporalAnnotation> found = TemporalAssert.Tag("Police arrived at the embassy on Friday. The crowd left at 10:35 a.m. without incident.", "en");

        Assert.Equal([("Friday", "2021-07-23"), ("10:35 a.m.", "2021-07-23T10:35")], found.Select(a => (a.Text, a.Value)).ToArray());
    }

    [Theory]
    [InlineData("The polls closed at 7pm in most states.", "7pm", "2021-07-29T19:00")]
    [InlineData("The polls closed at 7 p.m. in most states.", "7 p.m.", "2021-07-29T19:00")]
    [InlineData("The polls closed at 7 PM in most states.", "7 PM", "2021-07-29T19:00")]
    public void Tag_ClockWithMeridiem_IsTimeOfTheReferenceDay(string text, string expected, string value) =>
        TemporalAssert.Single(text, expected, TemporalTypes.Time, value, language: "en");

    [Fact]
    public void Tag_ArticleA_IsNoClockTime() =>
        Assert.Empty(TemporalAssert.Tag("It was a p.m. show for a man and a woman.", "en"));
}
