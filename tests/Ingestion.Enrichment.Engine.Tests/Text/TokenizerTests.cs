using Ingestion.Enrichment.Engine.Text;

namespace Ingestion.Enrichment.Engine.Tests.Text;

public class TokenizerTests
{
    private static string[] Words(string text) => [.. Tokenizer.Tokenize(text).Select(t => text[t.Start..t.End])];

    [Fact]
    public void Tokenize_ArabicWithDiacritics_KeepsMarksInsideTheWord()
    {
        const string Text = "قال مُحَمَّدٌ إنّه";

        Assert.Equal(["قال", "مُحَمَّدٌ", "إنّه"], Words(Text));
    }

    [Fact]
    public void Tokenize_WordGluedToPunctuation_SplitsThePunctuationOff()
    {
        const string Text = "(د ب أ) الكويت، «بلينكن»: نعم.";

        Assert.Equal(["(", "د", "ب", "أ", ")", "الكويت", "،", "«", "بلينكن", "»", ":", "نعم", "."], Words(Text));
    }

    [Fact]
    public void Tokenize_CliticsAndArticle_StayInOneToken()
    {
        Assert.Equal(["والكويت", "وبالولايات"], Words("والكويت وبالولايات"));
    }

    [Fact]
    public void Tokenize_LatinDigitsAndInitialisms_AreTokensOfTheirOwnKind()
    {
        const string Text = "The U.S. paid $1,500.5 to O'Neil in 2021-07.";
        List<Token> tokens = Tokenizer.Tokenize(Text);

        Assert.Equal(["The", "U.S.", "paid", "$", "1,500.5", "to", "O'Neil", "in", "2021", "-", "07", "."], Words(Text));
        Assert.Equal(TokenKind.Number, tokens[4].Kind);
        Assert.Equal(TokenKind.LatinWord, tokens[6].Kind);
        Assert.Equal(TokenKind.Punctuation, tokens[3].Kind);
    }

    [Theory]
    [InlineData("Iraq's Saddam", new[] { "Iraq", "'s", "Saddam" })]
    [InlineData("Iraq 's army", new[] { "Iraq", "'s", "army" })]
    [InlineData("KYLE’S board", new[] { "KYLE", "’S", "board" })]
    [InlineData("O'Neil's son", new[] { "O'Neil", "'s", "son" })]
    [InlineData("the 'sorry' note", new[] { "the", "'", "sorry", "'", "note" })]
    public void Tokenize_Possessive_IsATokenOfItsOwn(string text, string[] expected)
    {
        Assert.Equal(expected, Words(text));
    }

    [Theory]
    [InlineData("Donald A. Wright said", new[] { "Donald", "A.", "Wright", "said" })]
    [InlineData("J.C. Matlock", new[] { "J.C.", "Matlock" })]
    [InlineData("vitamin a. The", new[] { "vitamin", "a", ".", "The" })]
    [InlineData("Plan A. the end", new[] { "Plan", "A", ".", "the", "end" })]
    public void Tokenize_InitialBeforeAName_KeepsItsDot(string text, string[] expected)
    {
        Assert.Equal(expected, Words(text));
    }

    [Fact]
    public void Tokenize_ArabicIndicDigitsNextToLetters_SplitsScripts()
    {
        const string Text = "عام ٢٠٢١م وF16";

        Assert.Equal(["عام", "٢٠٢١", "م", "و", "F16"], Words(Text));
    }

    [Fact]
    public void Tokenize_AnyText_OffsetsSliceTheOriginal()
    {
        const string Text = " أ ش أعقد\u200f وزير الخارجية الكويتي، اليوم (الخميس) 29-7-2021 ";

        foreach (Token token in Tokenizer.Tokenize(Text))
        {
            Assert.True(token.Start >= 0 && token.End <= Text.Length && token.Start < token.End);
            Assert.False(char.IsWhiteSpace(Text[token.Start]));
            Assert.Equal(Text.Substring(token.Start, token.Length), token.Slice(Text).ToString());
        }
    }

    [Fact]
    public void Words_MixedRunsAndLineBreak_KeepsRunsWholeFoldedAndTheLineBreakAsPunctuation()
    {
        SurfaceToken[] tokens = Tokenizer.Words("F16 ٢٠٢١م\nوَزيرة");

        Assert.Equal(["f16", "2021م", "\n", "وزيره"], tokens.Select(t => t.Folded));
        Assert.Equal([true, true, false, true], tokens.Select(t => t.IsWord));
        Assert.True(tokens[0].IsCapitalized);
        Assert.Equal((0, 3), (tokens[0].Start, tokens[0].End));
    }

    [Fact]
    public void Words_LoneTatweel_IsPunctuationNotAWord()
    {
        SurfaceToken[] tokens = Tokenizer.Words("الأمريكي ـ الكويتي");

        Assert.Equal([true, false, true], tokens.Select(t => t.IsWord));
        Assert.Equal("الامريكي", tokens[0].Folded);
    }
}
