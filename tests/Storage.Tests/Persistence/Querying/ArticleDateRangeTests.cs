using Ingestion.Storage.Persistence.Querying;

namespace Ingestion.Storage.Tests.Persistence.Querying;

public sealed class ArticleDateRangeTests
{
    [Theory]
    [InlineData("2024", "2024-01-01", "2024-12-31")]
    [InlineData("2024-02", "2024-02-01", "2024-02-29")]
    [InlineData("2024-03-10", "2024-03-10", "2024-03-10")]
    [InlineData("2024-03..2024-04-02", "2024-03-01", "2024-04-02")]
    [InlineData(" 2023 .. 2024-01 ", "2023-01-01", "2024-01-31")]
    public void Parse_Periods_CoverFirstToLastDay(string text, string from, string to)
    {
        ArticleDateRange range = ArticleDateRange.Parse(text);

        Assert.Equal(from, range.FromKey);
        Assert.Equal(to, range.ToKey);
    }

    [Fact]
    public void Parse_OpenEnds_ContainsEverythingOnThatSide()
    {
        ArticleDateRange since = ArticleDateRange.Parse("2024-03..");
        ArticleDateRange until = ArticleDateRange.Parse("..2024-03-15");

        Assert.True(since.Contains("2999-01-01"));
        Assert.False(since.Contains("2024-02-29"));
        Assert.True(until.Contains("0001-01-01"));
        Assert.False(until.Contains("2024-03-16"));
    }

    [Theory]
    [InlineData("2024-03-07", true)]
    [InlineData("2024-03-08", false)]
    [InlineData("2024-03", true)]
    [InlineData("2024-02", false)]
    [InlineData("2024-03-04W", true)]
    [InlineData("2024-02-26W", false)]
    [InlineData("2024-03-11W", false)]
    [InlineData("2024-13", false)]
    [InlineData("PRESENT_REF", false)]
    public void Contains_DayMonthAndWeekKeys_TrueWhenOneOfTheirDaysIsInRange(string key, bool expected) =>
        Assert.Equal(expected, ArticleDateRange.Parse("2024-03-05..2024-03-07").Contains(key));

    [Fact]
    public void KeysWithin_ShortRange_ItsDaysAndTheMonthsAndWeeksOverlappingIt()
    {
        IReadOnlyList<string>? keys = ArticleDateRange.Parse("2024-03-05..2024-03-07").KeysWithin();

        Assert.Equal(["2024-03-05", "2024-03-06", "2024-03-07", "2024-03", "2024-03-04W"], keys);
    }

    [Theory]
    [InlineData("2024-03..")]
    [InlineData("..2024-03")]
    [InlineData("2020..2024")]
    public void KeysWithin_OpenOrLongerThanTheLimit_Null(string text) =>
        Assert.Null(ArticleDateRange.Parse(text).KeysWithin());

    [Theory]
    [InlineData("2024-03-05..2024-03-07")]
    [InlineData("2024-03-01..2024-04-02")]
    [InlineData("2024")]
    public void LowKeyHighKey_SpanEveryKeyThatCoversTheRange(string text)
    {
        ArticleDateRange range = ArticleDateRange.Parse(text);

        Assert.All(range.KeysWithin()!, key =>
            Assert.True(string.CompareOrdinal(key, range.LowKey) >= 0 && string.CompareOrdinal(key, range.HighKey) <= 0, key));
        Assert.All(range.KeysWithin()!, key => Assert.True(range.Contains(key), key));
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("2024-3-1")]
    [InlineData("..")]
    [InlineData("2024-05..2024-04")]
    [InlineData("2024-02-30")]
    public void Parse_NotARange_ThrowsFormatExceptionNamingTheText(string text)
    {
        FormatException error = Assert.Throws<FormatException>(() => ArticleDateRange.Parse(text));

        Assert.Contains(text, error.Message, StringComparison.Ordinal);
    }
}
