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
