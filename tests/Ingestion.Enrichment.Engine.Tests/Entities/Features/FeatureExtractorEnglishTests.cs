using Ingestion.Enrichment.Engine.Entities.Features;
using Ingestion.Enrichment.Engine.Text;

namespace Ingestion.Enrichment.Engine.Tests.Entities.Features;

public class FeatureExtractorEnglishTests
{
    private static List<ulong> KeysOf(string text, int tokenIndex, bool english = true) => FeatureExtractorTests.KeysOf(text, tokenIndex, english: english);

    [Fact]
    public void Extract_SentenceInCapitals_ReadsTheWordsInTitleCase()
    {
        Assert.Equal(KeysOf("Nairobi , Kenya", 0), KeysOf("NAIROBI , KENYA", 0));
        Assert.Equal(KeysOf("Japan Get Lucky Win", 0), KeysOf("JAPAN GET LUCKY WIN", 0));
    }

    [Fact]
    public void Extract_AcronymInOrdinaryText_KeepsItsCapitals()
    {
        Assert.NotEqual(KeysOf("Nato met on Monday", 0), KeysOf("NATO met on Monday", 0));
    }

    [Fact]
    public void Extract_WithoutTheEnglishLists_ReadsCapitalsAsWritten()
    {
        Assert.NotEqual(KeysOf("Nairobi , Kenya", 0, english: false), KeysOf("NAIROBI , KENYA", 0, english: false));
        Assert.True(KeysOf("Jayark Corp said", 0, english: false).Count < KeysOf("Jayark Corp said", 0).Count);
    }

    [Fact]
    public void Extract_OrganisationCueAhead_ChangesTheFirstWordsFeatures()
    {
        // "Corp" two words on closes the capitalised run that Jayark opens; "corp" after a lower-case word does not.
        Assert.NotEqual(KeysOf("Jayark Imports Corp said", 0), KeysOf("Jayark Imports said Corp", 0));
    }

    [Theory]
    [InlineData("Corp", (int)TokenFlags.OrganizationCue)]
    [InlineData("Americans", (int)TokenFlags.Demonym)]
    [InlineData("Kenyan", (int)TokenFlags.Demonym)]
    [InlineData("Abbas", (int)TokenFlags.LatinGivenName)]
    [InlineData("said", (int)TokenFlags.None)]
    public void FlagsOf_ListedWord_HasItsListsFlag(string word, int expected)
    {
        TokenInfo info = TokenAnalyzer.Analyze(word, TokenKind.LatinWord, new char[TokenAnalyzer.MaxChars], 0);

        Assert.Equal((TokenFlags)expected, EnglishGazetteers.Default.FlagsOf(info));
    }

    [Fact]
    public void Cities_MultiWordName_MatchesWholeName()
    {
        Assert.True(EnglishGazetteers.Default.Cities.Count > 5000);
        Assert.NotEqual(KeysOf("in Dar es Salaam today", 1), KeysOf("in Dar is Salaam today", 1));
    }
}
