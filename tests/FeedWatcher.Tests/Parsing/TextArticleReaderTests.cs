using Ingestion.FeedWatcher.Parsing;

namespace Ingestion.FeedWatcher.Tests.Parsing;

public class TextArticleReaderTests
{
    private readonly TextArticleReader _reader = new();

    [Fact]
    public void Read_HeadlineThenBody_SplitsOnFirstLine()
    {
        ParsedArticle article = Assert.Single(_reader.Read("العنوان\nالسطر الأول\nالسطر الثاني\n"));

        Assert.Equal("العنوان", article.Title);
        Assert.Equal("السطر الأول\nالسطر الثاني", article.Body);
    }

    [Fact]
    public void Read_LeadingBlankLines_TakesFirstNonEmptyLineAsHeadline()
    {
        ParsedArticle article = Assert.Single(_reader.Read("\n  \nHeadline\nBody"));

        Assert.Equal("Headline", article.Title);
        Assert.Equal("Body", article.Body);
    }

    [Fact]
    public void Read_OneLineArticle_HasEmptyBody()
    {
        ParsedArticle article = Assert.Single(_reader.Read("Only a headline"));

        Assert.Equal("Only a headline", article.Title);
        Assert.Equal(string.Empty, article.Body);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n \n\t\n")]
    public void Read_NoText_ThrowsWithReason(string text)
    {
        ArticleParseException error = Assert.Throws<ArticleParseException>(() => _reader.Read(text));

        Assert.Contains("empty", error.Message, StringComparison.Ordinal);
    }
}
