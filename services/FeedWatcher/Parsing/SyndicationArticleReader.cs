using System.ServiceModel.Syndication;
using System.Xml;

namespace Ingestion.FeedWatcher.Parsing;

/// <summary>
/// RSS 2.0 and Atom feeds: one article per item, its GUID (else link) as the source id and its date as publishedAt.
/// DTDs are refused and no external entity is ever resolved, so XXE payloads fail as malformed input.
/// </summary>
public sealed class SyndicationArticleReader : IArticleReader
{
    private static readonly XmlReaderSettings s_safeXml = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = 64 * 1024 * 1024,
        IgnoreComments = true,
    };

    public string Format => "rss";

    public IReadOnlyCollection<string> Extensions { get; } = [".rss", ".atom", ".xml"];

    public IReadOnlyList<ParsedArticle> Read(string text)
    {
        SyndicationFeed feed;
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), s_safeXml);
            feed = SyndicationFeed.Load(reader);
        }
        catch (Exception ex) when (ex is XmlException or NotSupportedException or FormatException)
        {
            throw new ArticleParseException($"Not a well-formed RSS or Atom feed: {ex.Message}", ex);
        }

        var articles = new List<ParsedArticle>();
        foreach (SyndicationItem item in feed.Items)
        {
            string title = HtmlText.ToPlainText(item.Title?.Text);
            if (title.Length == 0)
            {
                continue;
            }

            string? link = item.Links.FirstOrDefault()?.Uri?.ToString();
            DateTimeOffset published = item.PublishDate != default ? item.PublishDate : item.LastUpdatedTime;
            articles.Add(new ParsedArticle
            {
                Title = title,
                Body = HtmlText.ToPlainText((item.Content as TextSyndicationContent)?.Text ?? item.Summary?.Text),
                PublishedAt = published == default ? null : published,
                SourceId = string.IsNullOrWhiteSpace(item.Id) ? link : item.Id,
                SourceName = feed.Title?.Text,
                Url = link,
                Language = feed.Language,
            });
        }

        return articles.Count > 0 ? articles : throw new ArticleParseException("The feed has no item with a title.");
    }
}
