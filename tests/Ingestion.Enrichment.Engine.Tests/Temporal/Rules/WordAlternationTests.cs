using System.Text.RegularExpressions;
using Ingestion.Enrichment.Engine.Temporal.Rules;

namespace Ingestion.Enrichment.Engine.Tests.Temporal.Rules;

public sealed class WordAlternationTests
{
    [Theory]
    [InlineData("ستمائه يوم", "ستمائه")]
    [InlineData("سته ايام", "سته")]
    [InlineData("ست سنوات", "ست")]
    [InlineData("كانون   الثاني", "كانون   الثاني")]
    public void Build_WordsSharingAPrefix_MatchesTheLongestThatFits(string text, string expected)
    {
        var regex = new Regex("^(?:" + WordAlternation.Build(["ست", "سته", "ستمائه", "كانون الثاني", "كانون"]) + ")");

        Assert.Equal(expected, regex.Match(text).Value);
    }

    [Fact]
    public void Build_LongerWordFailsTheContinuation_BacktracksToTheShorterOne()
    {
        // Same choice as the flat "longest first" list: "ab" then the rest of the pattern.
        var regex = new Regex("^(?:" + WordAlternation.Build(["ab", "abc"]) + ")c\\b");

        Assert.Equal("abc", regex.Match("abc").Value);
    }

    [Fact]
    public void Build_RegexCharacters_AreEscaped()
    {
        var regex = new Regex("^(?:" + WordAlternation.Build(["a.b"]) + ")$");

        Assert.Matches(regex, "a.b");
        Assert.DoesNotMatch(regex, "axb");
    }
}
