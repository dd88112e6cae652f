using Ingestion.FeedWatcher.Parsing;

namespace Ingestion.FeedWatcher.Tests.Parsing;

/// <summary>One feed per version, written from its specification, each read the way a feed reader reads it.</summary>
public class FeedVersionTests
{
    private readonly SyndicationArticleReader _reader = new();

    [Fact]
    public void Read_Rss090_ReadsItsRdfItems()
    {
        // RSS 0.90: RDF root, items beside the channel in the Netscape namespace, title and link only.
        const string Feed = """
            <?xml version="1.0"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://my.netscape.com/rdf/simple/0.9/">
              <channel><title>Wire</title><link>http://example.org/</link><description>News</description></channel>
              <item><title>First headline</title><link>http://example.org/1</link></item>
              <item><title>Second headline</title><link>http://example.org/2</link></item>
            </rdf:RDF>
            """;

        IReadOnlyList<ParsedArticle> articles = _reader.Read(Feed);

        Assert.Equal(["First headline", "Second headline"], articles.Select(a => a.Title));
        Assert.Equal("http://example.org/2", articles[1].Url);
    }

    [Fact]
    public void Read_Rss091_ReadsTitleDescriptionAndLanguage()
    {
        const string Feed = """
            <?xml version="1.0" encoding="ISO-8859-1"?>
            <rss version="0.91"><channel><title>Wire</title><link>http://example.org/</link><description>News</description>
            <language>en-us</language>
            <item><title>Talks resume</title><link>http://example.org/1</link><description>Delegations met on Monday.</description></item>
            </channel></rss>
            """;

        ParsedArticle article = Assert.Single(_reader.Read(Feed));

        Assert.Equal(("Talks resume", "Delegations met on Monday.", "en-us"), (article.Title, article.Body, article.Language));
    }

    [Fact]
    public void Read_Rss092ItemWithOnlyADescription_TakesItsFirstSentenceAsHeadline()
    {
        // RSS 0.92 made every element of an item optional; a description alone is an item.
        const string Feed = """
            <rss version="0.92"><channel><title>Wire</title><link>http://example.org/</link><description>News</description>
            <item><description>The council approved the budget. Debate lasted six hours.</description></item>
            </channel></rss>
            """;

        ParsedArticle article = Assert.Single(_reader.Read(Feed));

        Assert.Equal("The council approved the budget.", article.Title);
        Assert.Equal("The council approved the budget. Debate lasted six hours.", article.Body);
    }

    [Fact]
    public void Read_Rss093And094_AreReadLikeRss2()
    {
        const string Template = """
            <rss version="{0}"><channel><title>Wire</title><link>http://example.org/</link><description>News</description>
            <item><title>Headline {0}</title><description>Body</description><pubDate>Sat, 07 Sep 2002 09:42:31 GMT</pubDate></item>
            </channel></rss>
            """;

        foreach (string version in new[] { "0.93", "0.94" })
        {
            ParsedArticle article = Assert.Single(_reader.Read(string.Format(System.Globalization.CultureInfo.InvariantCulture, Template, version)));
            Assert.Equal($"Headline {version}", article.Title);
            Assert.Equal(new DateTimeOffset(2002, 9, 7, 9, 42, 31, TimeSpan.Zero), article.PublishedAt);
        }
    }

    [Fact]
    public void Read_Rss10WithDublinCore_ReadsItemsAndTheirDcDate()
    {
        const string Feed = """
            <?xml version="1.0"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel rdf:about="http://example.org/rss"><title>Wire</title><link>http://example.org/</link><description>News</description>
                <items><rdf:Seq><rdf:li resource="http://example.org/1"/></rdf:Seq></items></channel>
              <item rdf:about="http://example.org/1"><title>الوزير يزور القاهرة</title><link>http://example.org/1</link>
                <description>وصل الوزير صباح اليوم.</description><dc:date>2021-07-29T10:00:00+03:00</dc:date></item>
            </rdf:RDF>
            """;

        ParsedArticle article = Assert.Single(_reader.Read(Feed));

        Assert.Equal("الوزير يزور القاهرة", article.Title);
        Assert.Equal(new DateTimeOffset(2021, 7, 29, 10, 0, 0, TimeSpan.FromHours(3)), article.PublishedAt);
        Assert.Equal(TimeSpan.FromHours(3), article.PublishedAt!.Value.Offset);
    }

    [Fact]
    public void Read_Rss20ItemsWithTitleOrDescription_TakesBothKinds()
    {
        const string Feed = """
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Wire</title><link>http://example.org/</link><description>News</description>
            <item><title>Titled</title><guid isPermaLink="false">urn:1</guid></item>
            <item><description><![CDATA[<p>Only a <b>description</b>. With more.</p>]]></description><guid>urn:2</guid></item>
            <item><content:encoded><![CDATA[<p>Only content here? Yes.</p>]]></content:encoded></item>
            <item><link>http://example.org/nothing</link></item>
            </channel></rss>
            """;

        IReadOnlyList<ParsedArticle> articles = _reader.Read(Feed);

        Assert.Equal(["Titled", "Only a description.", "Only content here?"], articles.Select(a => a.Title));
        Assert.Equal(("urn:2", "Only a description. With more."), (articles[1].SourceId, articles[1].Body));
    }

    [Fact]
    public void Read_RssWithoutVersion_IsReadAsRss()
    {
        const string Feed = "<rss><channel><title>Wire</title><item><title>No version</title><description>Body</description></item></channel></rss>";

        Assert.Equal("No version", Assert.Single(_reader.Read(Feed)).Title);
    }

    [Fact]
    public void Read_Atom03_ReadsEntriesWithIssuedDateAndEscapedContent()
    {
        const string Feed = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed version="0.3" xmlns="http://purl.org/atom/ns#">
              <title>Wire</title><link rel="alternate" type="text/html" href="http://example.org/"/><modified>2003-12-13T18:30:02Z</modified>
              <entry><title>Atom 0.3 entry</title><link rel="alternate" type="text/html" href="http://example.org/2003/12/13/atom03"/>
                <id>tag:example.org,2003:3.2397</id><issued>2003-12-13T08:29:29-04:00</issued><modified>2003-12-13T18:30:02Z</modified>
                <content type="text/html" mode="escaped">&lt;p&gt;Escaped &lt;em&gt;HTML&lt;/em&gt; body.&lt;/p&gt;</content></entry>
            </feed>
            """;

        ParsedArticle article = Assert.Single(_reader.Read(Feed));

        Assert.Equal(("Atom 0.3 entry", "Escaped HTML body.", "tag:example.org,2003:3.2397"), (article.Title, article.Body, article.SourceId));
        Assert.Equal(new DateTimeOffset(2003, 12, 13, 8, 29, 29, TimeSpan.FromHours(-4)), article.PublishedAt);
        Assert.Equal("http://example.org/2003/12/13/atom03", article.Url);
    }

    [Fact]
    public void Read_Atom10WithOnlyUpdatedAndSummary_TakesUpdatedAsTheDate()
    {
        const string Feed = """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title><id>urn:feed</id><updated>2021-07-29T10:00:00Z</updated>
            <entry><id>urn:e:1</id><updated>2021-07-29T09:15:00+02:00</updated><summary type="html">&lt;b&gt;No title&lt;/b&gt; but a summary. More.</summary></entry>
            </feed>
            """;

        ParsedArticle article = Assert.Single(_reader.Read(Feed));

        Assert.Equal("No title but a summary.", article.Title);
        Assert.Equal(new DateTimeOffset(2021, 7, 29, 9, 15, 0, TimeSpan.FromHours(2)), article.PublishedAt);
    }

    [Fact]
    public void Read_RssWhosePubDateHasTheWrongWeekday_TakesTheDate()
    {
        // 2 March 2022 was a Wednesday; System.ServiceModel.Syndication threw an XmlException here.
        const string Feed = "<rss version=\"2.0\"><channel><title>W</title><item><title>T</title><pubDate>Tue, 02 Mar 2022 10:00:00 +0300</pubDate></item></channel></rss>";

        Assert.Equal(new DateTimeOffset(2022, 3, 2, 10, 0, 0, TimeSpan.FromHours(3)), Assert.Single(_reader.Read(Feed)).PublishedAt);
    }

    [Fact]
    public void Read_ItemWithoutAReadableDate_LeavesTheDateUnset()
    {
        const string Feed = "<rss version=\"2.0\"><channel><title>W</title><item><title>T</title><pubDate>sometime last week</pubDate></item></channel></rss>";

        Assert.Null(Assert.Single(_reader.Read(Feed)).PublishedAt);
    }

    [Fact]
    public void Read_UndeclaredHtmlEntities_AreResolved()
    {
        const string Feed = "<rss version=\"2.0\"><channel><title>W</title><item><title>Caf&eacute; &amp; cr&egrave;me &mdash; d&acirc;te&nbsp;&unknownthing;</title></item></channel></rss>";

        Assert.Equal("Café & crème — dâte\u00a0&unknownthing;", Assert.Single(_reader.Read(Feed)).Title);
    }

    [Fact]
    public void Read_CommentBeforeTheXmlDeclaration_IsTolerated()
    {
        const string Feed = "<!-- generated by a CMS -->\n<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel><title>W</title><item><title>After a comment</title></item></channel></rss>";

        Assert.Equal("After a comment", Assert.Single(_reader.Read(Feed)).Title);
    }

    [Fact]
    public void Read_DtdWithInternalEntities_IsStillRefused()
    {
        const string Feed = """
            <?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
            <rss version="2.0"><channel><title>W</title><item><title>&b;</title></item></channel></rss>
            """;

        ArticleParseException refused = Assert.Throws<ArticleParseException>(() => _reader.Read(Feed));

        Assert.Contains("DTD", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HtmlPageSavedAsXml_IsRefusedAsNotAFeed()
    {
        ArticleParseException refused = Assert.Throws<ArticleParseException>(() => _reader.Read("<html><body><p>Not a feed</p></body></html>"));

        Assert.Contains("root element is <html>", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BareAmpersandsAndUndeclaredPrefixes_AreRepaired()
    {
        const string Feed = "<rss version=\"2.0\"><channel><title>AT&T news</title><item><title>Q&A: rates</title><dc:creator>Desk</dc:creator><media:thumbnail url=\"http://example.org/t.jpg\"/></item></channel></rss>";

        ParsedArticle article = Assert.Single(_reader.Read(Feed));

        Assert.Equal(("Q&A: rates", "AT&T news"), (article.Title, article.SourceName));
    }
}
