using System.Xml;
using System.Xml.Linq;
using CodeHollow.FeedReader;

namespace Ingestion.FeedWatcher.Parsing;

/// <summary>
/// RSS 0.90–0.94, 1.0 (RDF) and 2.0, and Atom 0.3 and 1.0, read with CodeHollow.FeedReader: one article per item
/// with a title or a description or content (no title: the description's first sentence), its GUID (else link) as
/// the source id, its date read leniently (<see cref="FeedDate"/>). Before the library sees the text, our own reader
/// parses it with DTDs prohibited and no resolver: a DOCTYPE, and so any entity expansion or external fetch, is
/// refused as malformed, and the library only ever parses a document without one.
/// </summary>
public sealed class SyndicationArticleReader : IArticleReader
{
    // Where feeds put an item's date, in the order preferred: published before updated.
    private static readonly string[] s_dateElements = ["pubDate", "published", "issued", "date", "created", "updated", "modified", "lastBuildDate"];

    private static readonly XmlReaderSettings s_safeXml = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = 64 * 1024 * 1024,
        IgnoreComments = true,
    };

    public string Format => "rss";

    public IReadOnlyCollection<string> Extensions { get; } = [".rss", ".atom", ".xml", ".rdf"];

    public IReadOnlyList<ParsedArticle> Read(string text)
    {
        string repaired = FeedMarkup.Repair(text);
        XDocument document = ParseSafely(repaired);
        string root = document.Root!.Name.LocalName;
        if (root is not ("rss" or "RDF" or "feed"))
        {
            throw new ArticleParseException($"Not an RSS or Atom feed: the root element is <{document.Root.Name.LocalName}>.");
        }

        Feed feed;
        try
        {
            feed = FeedReader.ReadFromString(repaired);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new ArticleParseException($"Not a readable RSS or Atom feed: {ex.Message}", ex);
        }

        var articles = new List<ParsedArticle>();
        foreach (FeedItem item in feed.Items)
        {
            string body = HtmlText.ToPlainText(string.IsNullOrWhiteSpace(item.Content) ? item.Description : item.Content);
            if (body.Length == 0)
            {
                body = HtmlText.ToPlainText(item.Description);
            }

            string title = HtmlText.ToPlainText(item.Title);
            if (title.Length == 0 && body.Length == 0)
            {
                continue;
            }

            string? link = string.IsNullOrWhiteSpace(item.Link) ? null : item.Link.Trim();
            articles.Add(new ParsedArticle
            {
                Title = title.Length > 0 ? title : FeedHeadline.FromBody(body),
                Body = body,
                PublishedAt = DateOf(item),
                SourceId = string.IsNullOrWhiteSpace(item.Id) ? link : item.Id.Trim(),
                SourceName = string.IsNullOrWhiteSpace(feed.Title) ? null : HtmlText.ToPlainText(feed.Title),
                Url = link,
                Language = string.IsNullOrWhiteSpace(feed.Language) ? null : feed.Language.Trim(),
            });
        }

        return articles.Count > 0 ? articles : throw new ArticleParseException("The feed has no item with a title, a description or content.");
    }

    private static XDocument ParseSafely(string text)
    {
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), s_safeXml);
            return XDocument.Load(reader);
        }
        catch (XmlException ex)
        {
            throw new ArticleParseException($"Not a well-formed RSS or Atom feed: {ex.Message}", ex);
        }
    }

    // The library's own date string first, then the item's other date elements (it reads no Atom 1.0 'updated', for one).
    private static DateTimeOffset? DateOf(FeedItem item)
    {
        if (FeedDate.Parse(item.PublishingDateString) is { } date)
        {
            return date;
        }

        XElement? element = item.SpecificItem?.Element;
        return element is null ? null : s_dateElements
            .SelectMany(name => element.Elements().Where(e => e.Name.LocalName == name))
            .Select(e => FeedDate.Parse(e.Value))
            .FirstOrDefault(d => d is not null);
    }
}
