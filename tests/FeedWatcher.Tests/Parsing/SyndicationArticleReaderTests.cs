using Ingestion.FeedWatcher.Parsing;

namespace Ingestion.FeedWatcher.Tests.Parsing;

public class SyndicationArticleReaderTests
{
    private readonly SyndicationArticleReader _reader = new();

    [Fact]
    public void Read_RssWithFiveItems_GivesFiveArticlesWithDatesAndGuids()
    {
        string items = string.Concat(Enumerable.Range(1, 5).Select(i => $"""
            <item><title>خبر {i}</title><description>&lt;p&gt;نص الخبر {i}&lt;/p&gt;</description>
            <link>https://example.org/{i}</link><guid>urn:news:{i}</guid><pubDate>Thu, 29 Jul 2021 0{i}:00:00 GMT</pubDate></item>
            """));
        string rss = $"""<?xml version="1.0"?><rss version="2.0"><channel><title>كونا</title><link>https://example.org</link><description>d</description>{items}</channel></rss>""";

        IReadOnlyList<ParsedArticle> articles = _reader.Read(rss);

        Assert.Equal(5, articles.Count);
        Assert.Equal("خبر 3", articles[2].Title);
        Assert.Equal("نص الخبر 3", articles[2].Body);
        Assert.Equal("urn:news:3", articles[2].SourceId);
        Assert.Equal("https://example.org/3", articles[2].Url);
        Assert.Equal(new DateTimeOffset(2021, 7, 29, 3, 0, 0, TimeSpan.Zero), articles[2].PublishedAt);
    }

    [Fact]
    public void Read_Atom_GivesEntriesWithIdsAndDates()
    {
        const string Atom = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title><id>urn:feed</id><updated>2021-07-29T10:00:00Z</updated>
            <entry><title>Kuwait and US talks</title><id>urn:entry:1</id><updated>2021-07-29T09:00:00Z</updated>
            <published>2021-07-29T08:00:00Z</published><summary>Ministers met.</summary><link href="https://example.org/1"/></entry>
            </feed>
            """;

        ParsedArticle article = Assert.Single(_reader.Read(Atom));

        Assert.Equal(("Kuwait and US talks", "Ministers met.", "urn:entry:1"), (article.Title, article.Body, article.SourceId));
        Assert.Equal(new DateTimeOffset(2021, 7, 29, 8, 0, 0, TimeSpan.Zero), article.PublishedAt);
    }

    [Fact]
    public void Read_ExternalEntityPayload_IsRejectedWithoutResolvingIt()
    {
        const string Xxe = """
            <?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <rss version="2.0"><channel><title>t</title><item><title>&xxe;</title></item></channel></rss>
            """;

        ArticleParseException error = Assert.Throws<ArticleParseException>(() => _reader.Read(Xxe));

        Assert.Contains("DTD", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Read_MalformedXml_ThrowsWithReason()
    {
        Assert.Throws<ArticleParseException>(() => _reader.Read("<rss><channel>"));
    }
}
