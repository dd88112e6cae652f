using SmartReader;

namespace Ingestion.FeedWatcher.Parsing;

/// <summary>
/// A saved web page: the article is extracted with SmartReader (a port of Mozilla's Readability), with the page's
/// title and its published-time metadata.
/// </summary>
public sealed class HtmlArticleReader : IArticleReader
{
    // SmartReader resolves relative links against a base; a page read from disk has none.
    private const string LocalBase = "file:///feed/";

    public string Format => "html";

    public IReadOnlyCollection<string> Extensions { get; } = [".html", ".htm"];

    public IReadOnlyList<ParsedArticle> Read(string text)
    {
        Article article = new Reader(LocalBase, text).GetArticle();
        string title = TextDecoder.Normalize(article.Title ?? string.Empty).Trim();
        string body = article.IsReadable ? CollapseBlankLines(TextDecoder.Normalize(article.TextContent ?? string.Empty)) : string.Empty;
        if (title.Length == 0 && body.Length == 0)
        {
            throw new ArticleParseException("No article found in the page: it has neither a title nor readable text.");
        }

        return
        [
            new ParsedArticle
            {
                Title = title.Length > 0 ? title : body.Split('\n', 2)[0],
                Body = body,
                PublishedAt = article.PublicationDate is { } date ? new DateTimeOffset(DateTime.SpecifyKind(date, date.Kind == DateTimeKind.Unspecified ? DateTimeKind.Utc : date.Kind)) : null,
                Language = string.IsNullOrWhiteSpace(article.Language) ? null : article.Language,
            },
        ];
    }

    private static string CollapseBlankLines(string text) =>
        string.Join('\n', text.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0));
}
