using AngleSharp.Html.Parser;

namespace Ingestion.FeedWatcher.Parsing;

/// <summary>Feed items often carry HTML in their description; the engine wants the text a reader sees.</summary>
internal static class HtmlText
{
    private static readonly HtmlParser s_parser = new();

    public static string ToPlainText(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return string.Empty;
        }

        if (!html.Contains('<', StringComparison.Ordinal) && !html.Contains('&', StringComparison.Ordinal))
        {
            return html.Trim();
        }

        using AngleSharp.Html.Dom.IHtmlDocument document = s_parser.ParseDocument(html);
        return TextDecoder.Normalize(document.Body?.TextContent ?? string.Empty).Trim();
    }
}
