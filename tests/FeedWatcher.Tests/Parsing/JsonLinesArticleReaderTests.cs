using Ingestion.FeedWatcher.Parsing;

namespace Ingestion.FeedWatcher.Tests.Parsing;

public class JsonLinesArticleReaderTests
{
    private readonly JsonLinesArticleReader _reader = new();

    [Fact]
    public void Read_OneObjectPerLine_GivesEachArticle()
    {
        IReadOnlyList<ParsedArticle> articles = _reader.Read("{\"title\":\"A\",\"body\":\"a\"}\n\n{\"title\":\"B\",\"text\":\"b\"}\n");

        Assert.Equal(["A", "B"], articles.Select(a => a.Title));
    }

    [Fact]
    public void Read_BadLine_NamesTheLine()
    {
        ArticleParseException error = Assert.Throws<ArticleParseException>(() => _reader.Read("{\"title\":\"A\"}\n{\"body\":\"no title\"}"));

        Assert.StartsWith("Line 2:", error.Message, StringComparison.Ordinal);
    }
}
