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

    private static List<ulong> TruecasedKeysOf(string text, int tokenIndex)
    {
        List<Token> tokens = Tokenizer.Tokenize(text);
        var keys = new List<ulong>();
        var ends = new int[tokens.Count];
        new FeatureExtractor(NerLexicons.Default) { English = EnglishGazetteers.Default, TruecaseHeadlines = true }.Extract(text, tokens, 0, tokens.Count, keys, ends);
        int from = tokenIndex == 0 ? 0 : ends[tokenIndex - 1];
        return keys.GetRange(from, ends[tokenIndex] - from);
    }

    [Fact]
    public void Extract_HeadlineTruecased_ReadsCommonWordsInLowerCase()
    {
        // "WINS" and "AT" are words the English training text writes in lower case: read as in running text.
        Assert.Equal(KeysOf("Kowalski wins at home", 1), TruecasedKeysOf("KOWALSKI WINS AT HOME", 1));
        Assert.Equal(KeysOf("Kowalski wins at home", 2), TruecasedKeysOf("KOWALSKI WINS AT HOME", 2));
        // A word it does not write in lower case keeps the title case of the view without truecasing.
        Assert.Equal(KeysOf("Kowalski wins at home", 0), TruecasedKeysOf("KOWALSKI WINS AT HOME", 0));
    }

    [Theory]
    [InlineData("KOWALSKI SURGES AHEAD", "Kowalski surges ahead", 1)]
    [InlineData("KOWALSKI BEATS FIELD", "Kowalski beats field", 1)]
    [InlineData("KOWALSKI CLOSES GAP", "Kowalski closes gap", 1)]
    public void Extract_HeadlineTruecased_ReadsAnInflectedCommonWordByItsStem(string headline, string running, int token)
    {
        // "surges", "beats", "closes" are not in the list, "surge", "beat", "close" are.
        Assert.Equal(KeysOf(running, token), TruecasedKeysOf(headline, token));
    }

    [Fact]
    public void Extract_HeadlineTruecased_KeepsListedNamesCapitalised()
    {
        // "VISITS" is a common word; a demonym, a title and a city keep their capital.
        Assert.Equal(KeysOf("Dutch President visits Oslo", 0), TruecasedKeysOf("DUTCH PRESIDENT VISITS OSLO", 0));
        Assert.Equal(KeysOf("Dutch President visits Oslo", 1), TruecasedKeysOf("DUTCH PRESIDENT VISITS OSLO", 1));
        Assert.Equal(KeysOf("Dutch President visits Oslo", 2), TruecasedKeysOf("DUTCH PRESIDENT VISITS OSLO", 2));
        Assert.Equal(KeysOf("Dutch President visits Oslo", 3), TruecasedKeysOf("DUTCH PRESIDENT VISITS OSLO", 3));
    }

    [Fact]
    public void Extract_HeadlineTruecased_KeepsCommonWordsOfAListedNameCapitalised()
    {
        // "new" is a common word, but "NEW YORK" is a place of the lists: both words keep their capitals.
        Assert.Equal(KeysOf("Rules In New York", 3), TruecasedKeysOf("RULES IN NEW YORK", 3));
        Assert.Equal(KeysOf("rules in New York", 0), TruecasedKeysOf("RULES IN NEW YORK", 0));
    }

    [Fact]
    public void Extract_MixedCaseSentenceTruecased_KeepsItsCapitals()
    {
        // Only sentences at least half in capitals are headlines: a word in capitals in running text stays as written.
        Assert.Equal(KeysOf("AT said rules were new", 0), TruecasedKeysOf("AT said rules were new", 0));
        Assert.NotEqual(KeysOf("At said rules were new", 0), TruecasedKeysOf("AT said rules were new", 0));
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
