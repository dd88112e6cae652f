using System.Globalization;
using System.Text;
using Ingestion.FeedWatcher.Parsing;

namespace Ingestion.FeedWatcher.Tests.Parsing;

/// <summary>Every feed version in every charset, declared or not, read from a file as the intake reads it.</summary>
public class FeedCharsetBatteryTests
{
    private static readonly Dictionary<string, string> s_versions = new()
    {
        ["rss-0.91"] = "<rss version=\"0.91\"><channel><title>W</title><link>http://example.org/</link><description>d</description><item><title>{0}</title><link>http://example.org/1</link></item></channel></rss>",
        ["rss-1.0"] = "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\"><channel rdf:about=\"http://example.org/\"><title>W</title></channel><item rdf:about=\"http://example.org/1\"><title>{0}</title><link>http://example.org/1</link></item></rdf:RDF>",
        ["rss-2.0"] = "<rss version=\"2.0\"><channel><title>W</title><item><description>{0}</description></item></channel></rss>",
        ["atom-0.3"] = "<feed version=\"0.3\" xmlns=\"http://purl.org/atom/ns#\"><title>W</title><entry><title>{0}</title><id>urn:1</id></entry></feed>",
        ["atom-1.0"] = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>W</title><id>urn:f</id><entry><title>{0}</title><id>urn:1</id><updated>2021-07-29T10:00:00Z</updated></entry></feed>",
    };

    private static readonly (string Charset, int CodePage, string Text)[] s_charsets =
    [
        ("utf-8", 65001, "القاهرة تستضيف محادثات السلام"),
        ("windows-1256", 1256, "القاهرة تستضيف محادثات السلام"),
        ("iso-8859-6", 28596, "القاهرة تستضيف محادثات السلام"),
        ("iso-8859-1", 28591, "Genève accueille les négociations"),
        ("windows-1252", 1252, "Zürich – “Gespräche” beginnen"),
        ("shift_jis", 932, "東京で和平交渉が始まる"),
        ("euc-kr", 51949, "서울에서 평화 회담 시작"),
        ("gb2312", 936, "北京主办和平谈判"),
        ("big5", 950, "臺北主辦和平談判"),
        ("utf-16", 1200, "القاهرة تستضيف محادثات السلام"),
    ];

    public static TheoryData<string, string, bool> Cases()
    {
        var cases = new TheoryData<string, string, bool>();
        foreach (string version in s_versions.Keys)
        {
            foreach ((string charset, _, _) in s_charsets)
            {
                cases.Add(version, charset, true);
                cases.Add(version, charset, false);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Read_FeedVersionInCharset_GivesTheItemText(string version, string charset, bool declared)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        (_, int codePage, string text) = s_charsets.Single(c => c.Charset == charset);
        string body = string.Format(CultureInfo.InvariantCulture, s_versions[version], text);
        string xml = (declared ? $"<?xml version=\"1.0\" encoding=\"{charset}\"?>\n" : string.Empty) + body;
        string path = Path.Combine(Directory.CreateTempSubdirectory("ingestion-battery-").FullName, "feed.xml");
        File.WriteAllBytes(path, Encoding.GetEncoding(codePage).GetBytes(xml));

        FeedFile file = new FeedFileReader(ArticleReaders.Default).Read(path, 1024 * 1024);

        ParsedArticle article = Assert.Single(file.Articles);
        Assert.Equal(text, article.Body.Length > 0 ? article.Body : article.Title);
    }
}
