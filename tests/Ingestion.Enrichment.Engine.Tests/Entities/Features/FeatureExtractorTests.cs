using Ingestion.Enrichment.Engine.Entities.Features;
using Ingestion.Enrichment.Engine.Text;

namespace Ingestion.Enrichment.Engine.Tests.Entities.Features;

public class FeatureExtractorTests
{
    internal static List<ulong> KeysOf(string text, int tokenIndex, bool cliticContext = false, bool english = false)
    {
        List<Token> tokens = Tokenizer.Tokenize(text);
        var keys = new List<ulong>();
        var ends = new int[tokens.Count];
        new FeatureExtractor(NerLexicons.Default) { CliticContext = cliticContext, English = english ? EnglishGazetteers.Default : null }.Extract(text, tokens, 0, tokens.Count, keys, ends);
        int from = tokenIndex == 0 ? 0 : ends[tokenIndex - 1];
        return keys.GetRange(from, ends[tokenIndex] - from);
    }

    [Fact]
    public void Extract_DiacriticsAndHamza_DifferOnlyInTheRawWordFeature()
    {
        // The raw form keeps what folding loses; every other template reads the normalized word.
        Assert.Single(KeysOf("قال أحمد", 1).Except(KeysOf("قال احمد", 1)));
        Assert.Single(KeysOf("قال مُحَمَّد", 1).Except(KeysOf("قال محمد", 1)));
        Assert.Equal(KeysOf("قال أحمد", 1).Count, KeysOf("قال احمد", 1).Count);
    }

    [Fact]
    public void Extract_CliticContext_AddsTwoKeysPerWord()
    {
        Assert.Equal(KeysOf("وأعلن أحمد", 1).Count + 2, KeysOf("وأعلن أحمد", 1, cliticContext: true).Count);
        Assert.Empty(KeysOf("وأعلن أحمد", 1).Except(KeysOf("وأعلن أحمد", 1, cliticContext: true)));
    }

    [Fact]
    public void Extract_CliticContext_ReadsThePreviousWordsClitic()
    {
        int without = KeysOf("وأعلن أحمد", 1).Except(KeysOf("أعلن أحمد", 1)).Count();
        int with = KeysOf("وأعلن أحمد", 1, cliticContext: true).Except(KeysOf("أعلن أحمد", 1, cliticContext: true)).Count();

        Assert.Equal(without + 2, with);
    }

    private static int EdgeKeysOf(string text, int tokenIndex, bool shapes, bool flags)
    {
        List<Token> tokens = Tokenizer.Tokenize(text);
        var extractor = new FeatureExtractor(NerLexicons.Default) { CliticContext = true, LabelEdges = true, EdgeShapes = shapes, EdgeFlags = flags };
        extractor.Extract(text, tokens, 0, tokens.Count, new List<ulong>(), new int[tokens.Count]);
        return extractor.EdgeEnds[tokenIndex] - (tokenIndex == 0 ? 0 : extractor.EdgeEnds[tokenIndex - 1]);
    }

    [Theory]
    [InlineData("زار أحمد الكويت", 1, true, true, 3)] // listed given name: stem, shape, flags
    [InlineData("زار أحمد الكويت", 1, true, false, 2)]
    [InlineData("زار أحمد الكويت", 1, false, false, 1)]
    [InlineData("زار بلينكن الكويت", 1, true, true, 2)] // in no list: no flags key, which would copy the transitions
    [InlineData("زار بلينكن الكويت", 2, true, true, 3)] // listed place
    public void Extract_LabelEdgeKeys_StemThenShapeThenListedFlags(string text, int index, bool shapes, bool flags, int expected)
    {
        Assert.Equal(expected, EdgeKeysOf(text, index, shapes, flags));
    }

    [Fact]
    public void Extract_CliticOnAWord_SharesTheStemFeatureWithTheBareWord()
    {
        var withClitic = KeysOf("في بالكويت", 1).ToHashSet();
        var bare = KeysOf("في الكويت", 1).ToHashSet();

        Assert.True(withClitic.Overlaps(bare));
        Assert.NotEqual(withClitic, bare);
    }

    [Fact]
    public void Extract_Country_MarksLocationGazetteer()
    {
        const string Text = "زار والكويت";
        List<Token> tokens = Tokenizer.Tokenize(Text);
        var buffer = new char[TokenAnalyzer.MaxChars * 2];
        TokenInfo[] infos = [.. tokens.Select((t, i) => TokenAnalyzer.Analyze(t.Slice(Text), t.Kind, buffer, i * TokenAnalyzer.MaxChars))];

        NerLexicons.Default.Locations.Mark(infos, infos.Length, TokenFlags.LocationBegin, TokenFlags.LocationInside);

        Assert.Equal(TokenFlags.None, infos[0].Flags & TokenFlags.LocationBegin);
        Assert.Equal(TokenFlags.LocationBegin, infos[1].Flags & TokenFlags.LocationBegin);
    }

    [Fact]
    public void Extract_MultiWordCountry_MarksBeginAndInside()
    {
        const string Text = "الولايات المتحدة الأمريكية";
        List<Token> tokens = Tokenizer.Tokenize(Text);
        var buffer = new char[TokenAnalyzer.MaxChars * 3];
        TokenInfo[] infos = [.. tokens.Select((t, i) => TokenAnalyzer.Analyze(t.Slice(Text), t.Kind, buffer, i * TokenAnalyzer.MaxChars))];

        NerLexicons.Default.Locations.Mark(infos, infos.Length, TokenFlags.LocationBegin, TokenFlags.LocationInside);

        Assert.True(infos[0].Flags.HasFlag(TokenFlags.LocationBegin));
        Assert.True(infos[1].Flags.HasFlag(TokenFlags.LocationInside));
    }

    [Fact]
    public void IsTitle_TitleWithClitic_IsRecognized()
    {
        const string Text = "والشيخ";
        var buffer = new char[TokenAnalyzer.MaxChars];
        TokenInfo info = TokenAnalyzer.Analyze(Text, TokenKind.ArabicWord, buffer, 0);

        Assert.True(NerLexicons.Default.IsTitle(info));
    }

    [Theory]
    [InlineData("ومحمد", true, false)]
    [InlineData("آنثوني", true, false)]
    [InlineData("بشركة", false, true)]
    [InlineData("وزارة", false, true)]
    [InlineData("قال", false, false)]
    public void Lexicons_CuratedGazetteers_AreEmbeddedAndMatchedByStem(string word, bool givenName, bool organizationHead)
    {
        var buffer = new char[TokenAnalyzer.MaxChars];
        TokenInfo info = TokenAnalyzer.Analyze(word, TokenKind.ArabicWord, buffer, 0);

        Assert.Equal(givenName, NerLexicons.Default.IsGivenName(info, word));
        Assert.Equal(organizationHead, NerLexicons.Default.IsOrganizationHead(info));
    }

    [Theory]
    [InlineData("علي", true)]
    [InlineData("على", false)] // the preposition, علي only once folded
    [InlineData("وعلى", false)]
    [InlineData("احمد", true)] // the hamza left off, as newswire often does
    [InlineData("أحمد", true)]
    [InlineData("بأن", false)] // the conjunction, بان (Ban Ki-moon) only once folded
    [InlineData("أن", false)] // no longer the stem of بان
    [InlineData("المال", false)] // no longer the stem of كمال
    [InlineData("كمال", true)]
    public void IsGivenName_FoldsOnlyTheMarksTheWriterLeftOff(string word, bool expected)
    {
        var buffer = new char[TokenAnalyzer.MaxChars];
        TokenInfo info = TokenAnalyzer.Analyze(word, TokenKind.ArabicWord, buffer, 0);

        Assert.Equal(expected, NerLexicons.Default.IsGivenName(info, word));
    }
}
