using Ingestion.FeedWatcher.Parsing;

namespace Ingestion.FeedWatcher.Tests.Parsing;

public class HtmlArticleReaderTests
{
    [Fact]
    public void Read_NewsPage_ExtractsTitleBodyAndPublishedTime()
    {
        string paragraph = string.Concat(Enumerable.Repeat("بحث وزير الخارجية الكويتي مع نظيره الأمريكي تعزيز العلاقات الثنائية بين البلدين. ", 12));
        string html = $"""
            <html lang="ar"><head><title>الكويت وواشنطن تبحثان التعاون</title>
            <meta property="article:published_time" content="2021-07-29T10:00:00Z"></head>
            <body><nav><a href="/">الرئيسية</a></nav><article><h1>الكويت وواشنطن تبحثان التعاون</h1><p>{paragraph}</p><p>{paragraph}</p></article>
            <footer>جميع الحقوق محفوظة</footer></body></html>
            """;

        ParsedArticle article = Assert.Single(new HtmlArticleReader().Read(html));

        Assert.Equal("الكويت وواشنطن تبحثان التعاون", article.Title);
        Assert.Contains("بحث وزير الخارجية الكويتي", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("جميع الحقوق محفوظة", article.Body, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2021, 7, 29), DateOnly.FromDateTime(article.PublishedAt!.Value.UtcDateTime));
    }
}
