using Ingestion.Contracts;

namespace Ingestion.Enrichment.Engine.Tests.Temporal;

public sealed class EnglishTests
{
    [Theory]
    [InlineData("He arrived on July 29, 2021 in Cairo", "July 29, 2021", TemporalTypes.Date, "2021-07-29", null)]
    [InlineData("He arrived on 29 July 2021 in Cairo", "29 July 2021", TemporalTypes.Date, "2021-07-29", null)]
    [InlineData("Filed 2021-07-29 by staff", "2021-07-29", TemporalTypes.Date, "2021-07-29", null)]
    [InlineData("Filed 7/29/2021 by staff", "7/29/2021", TemporalTypes.Date, "2021-07-29", null)]
    [InlineData("Prices rose in 2020 again", "2020", TemporalTypes.Date, "2020", null)]
    [InlineData("Prices rose in November 2020", "November 2020", TemporalTypes.Date, "2020-11", null)]
    [InlineData("Prices rose last week", "last week", TemporalTypes.Date, "2021-W29", null)]
    [InlineData("Talks resume next month", "next month", TemporalTypes.Date, "2021-08", null)]
    [InlineData("He said yesterday that", "yesterday", TemporalTypes.Date, "2021-07-28", null)]
    [InlineData("He spoke on Thursday to", "Thursday", TemporalTypes.Date, "2021-07-29", null)]
    [InlineData("Talks resume in early November", "early November", TemporalTypes.Date, "2021-11", "START")]
    [InlineData("Talks resume in mid November", "mid November", TemporalTypes.Date, "2021-11", "MID")]
    [InlineData("Talks resume in late November", "late November", TemporalTypes.Date, "2021-11", "END")]
    [InlineData("Sales will rise in the fourth quarter", "the fourth quarter", TemporalTypes.Date, "2021-Q4", null)]
    [InlineData("Sales fell in the fourth quarter", "the fourth quarter", TemporalTypes.Date, "2020-Q4", null)]
    [InlineData("Sales fell in the first half of 2020", "the first half of 2020", TemporalTypes.Date, "2020-H1", null)]
    [InlineData("Ties go back 60 years", "60 years", TemporalTypes.Duration, "P60Y", null)]
    [InlineData("The visit lasts three days", "three days", TemporalTypes.Duration, "P3D", null)]
    [InlineData("It opens at 10 a.m. sharp", "10 a.m.", TemporalTypes.Time, "2021-07-29T10:00", null)]
    [InlineData("It closes at 10:30 pm sharp", "10:30 pm", TemporalTypes.Time, "2021-07-29T22:30", null)]
    [InlineData("Flights run every day", "every day", TemporalTypes.Set, "P1D", null)]
    [InlineData("The paper appears weekly", "weekly", TemporalTypes.Set, "P1W", null)]
    public void Tag_EnglishExpression_Resolves(string text, string expected, string type, string value, string? mod) =>
        TemporalAssert.Single(text, expected, type, value, mod, language: "en");

    [Fact]
    public void Tag_LowercaseMay_IsNotAMonth() =>
        Assert.Empty(TemporalAssert.Tag("He may come back", "en"));

    [Fact]
    public void Tag_OtherLanguage_RunsBothRuleSets()
    {
        IReadOnlyList<TemporalAnnotation> found = TemporalAssert.Tag("Reuters: yesterday قال أمس", "und");

        Assert.Equal(["yesterday", "أمس"], found.Select(a => a.Text));
    }

    [Fact]
    public void Tag_ArabicLanguage_IgnoresEnglish() =>
        Assert.Empty(TemporalAssert.Tag("yesterday", "ar"));
}
