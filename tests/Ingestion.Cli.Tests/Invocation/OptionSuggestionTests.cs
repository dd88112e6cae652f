using Ingestion.Cli.Commands.Articles;
using Ingestion.Cli.Invocation;

namespace Ingestion.Cli.Tests.Invocation;

public sealed class OptionSuggestionTests
{
    [Theory]
    [InlineData("--artcles", "--articles")]
    [InlineData("--jsn", "--json")]
    [InlineData("--conect-timeout", "--connect-timeout")]
    [InlineData("--verb", "--verbose")]
    public void Nearest_Misspelling_NamesTheOption(string typed, string expected) =>
        Assert.Equal(expected, OptionSuggestion.Nearest(typed, typeof(CountSettings)));

    [Fact]
    public void Nearest_NothingClose_IsNull() =>
        Assert.Null(OptionSuggestion.Nearest("--queue", typeof(CountSettings)));

    [Fact]
    public void OptionNames_DerivedSettings_IncludeTheBaseClassesOptions() =>
        Assert.Equal(["articles", "connect-timeout", "json", "verbose"], OptionSuggestion.OptionNames(typeof(CountSettings)).Order(StringComparer.Ordinal));
}
