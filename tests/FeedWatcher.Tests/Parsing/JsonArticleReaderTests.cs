using Ingestion.FeedWatcher.Parsing;

namespace Ingestion.FeedWatcher.Tests.Parsing;

public class JsonArticleReaderTests
{
    private readonly JsonArticleReader _reader = new();

    [Fact]
    public void Read_AllFields_MapsThem()
    {
        const string Json = """
            {"id": "a-1", "title": " Title ", "body": "Body text", "publishedAt": "2021-07-29T10:00:00+03:00",
             "source": "KUNA", "url": "https://example.org/a-1", "language": "ar"}
            """;

        ParsedArticle article = Assert.Single(_reader.Read(Json));

        Assert.Equal("Title", article.Title);
        Assert.Equal("Body text", article.Body);
        Assert.Equal(new DateTimeOffset(2021, 7, 29, 10, 0, 0, TimeSpan.FromHours(3)), article.PublishedAt);
        Assert.Equal("a-1", article.SourceId);
        Assert.Equal("KUNA", article.SourceName);
        Assert.Equal("https://example.org/a-1", article.Url);
        Assert.Equal("ar", article.Language);
    }

    [Fact]
    public void Read_TextInsteadOfBody_UsesText()
    {
        ParsedArticle article = Assert.Single(_reader.Read("""{"title": "T", "text": "From text"}"""));

        Assert.Equal("From text", article.Body);
    }

    [Theory]
    [InlineData("{\"body\": \"no title\"}", "title")]
    [InlineData("{\"title\": 5, ", "Not valid JSON")]
    [InlineData("[1, 2]", "Expected a JSON object")]
    [InlineData("{\"title\": \"T\", \"publishedAt\": \"yesterday\"}", "not a date")]
    [InlineData("{\"title\": {\"$gt\": 1}}", "must be a string")]
    [InlineData("{\"title\": \"T\", \"metadata\": {\"$where\": \"1\"}}", "not allowed")]
    [InlineData("{\"title\": \"T\", \"metadata\": {\"a.b\": \"1\"}}", "not allowed")]
    [InlineData("{\"title\": \"T\", \"metadata\": {\"nested\": {\"x\": 1}}}", "must be a string, number or boolean")]
    [InlineData("{\"title\": \"T\", \"metadata\": [1]}", "must be an object")]
    public void Read_BadInput_ThrowsWithReason(string json, string reason)
    {
        ArticleParseException error = Assert.Throws<ArticleParseException>(() => _reader.Read(json));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Metadata_KeepsItAsStrings()
    {
        ParsedArticle article = Assert.Single(_reader.Read("""{"title": "T", "metadata": {"desk": "gulf", "priority": 2, "breaking": true}}"""));

        Assert.Equal(new Dictionary<string, string> { ["desk"] = "gulf", ["priority"] = "2", ["breaking"] = "true" }, article.Metadata);
    }
}
