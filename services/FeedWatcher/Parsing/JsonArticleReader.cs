using System.Globalization;
using System.Text.Json;

namespace Ingestion.FeedWatcher.Parsing;

/// <summary>
/// A <c>.json</c> article: an object with <c>title</c> and <c>body</c> (or <c>text</c>), and optionally
/// <c>publishedAt</c>, <c>source</c>, <c>url</c>, <c>language</c>, <c>id</c>.
/// </summary>
public sealed class JsonArticleReader : IArticleReader
{
    private static readonly JsonDocumentOptions s_options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 16 };

    public string Format => "json";

    public IReadOnlyCollection<string> Extensions { get; } = [".json"];

    public IReadOnlyList<ParsedArticle> Read(string text)
    {
        try
        {
            using JsonDocument document = JsonDocument.Parse(text, s_options);
            return [ReadArticle(document.RootElement)];
        }
        catch (JsonException ex)
        {
            throw new ArticleParseException($"Not valid JSON: {ex.Message}", ex);
        }
    }

    /// <summary>Reads one article object; shared with readers of formats that hold many.</summary>
    internal static ParsedArticle ReadArticle(JsonElement element)
    {
        ParsedArticle article = ReadMetadata(element);
        return article.Title.Length > 0
            ? article
            : throw new ArticleParseException("The article has no 'title' (a non-empty string is required).");
    }

    /// <summary>Every field of an article object, the title allowed to be empty (sidecars have none).</summary>
    internal static ParsedArticle ReadMetadata(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new ArticleParseException($"Expected a JSON object with 'title' and 'body', found {element.ValueKind}.");
        }

        return new ParsedArticle
        {
            Title = OptionalString(element, "title")?.Trim() ?? string.Empty,
            Body = (OptionalString(element, "body") ?? OptionalString(element, "text"))?.Trim() ?? string.Empty,
            PublishedAt = OptionalDate(element, "publishedAt"),
            SourceId = OptionalString(element, "id"),
            SourceName = OptionalString(element, "source"),
            Url = OptionalString(element, "url"),
            Language = OptionalString(element, "language"),
            Metadata = ArticleLimits.Metadata(element),
        };
    }

    private static string? OptionalString(JsonElement element, string name) =>
        element.TryGetProperty(name, out JsonElement value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.Null => null,
            _ => throw new ArticleParseException($"'{name}' must be a string, found {value.ValueKind}."),
        }
        : null;

    private static DateTimeOffset? OptionalDate(JsonElement element, string name)
    {
        string? raw = OptionalString(element, name);
        if (raw is null)
        {
            return null;
        }

        return DateTimeOffset.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset date)
            ? date
            : throw new ArticleParseException($"'{name}' is not a date: '{raw}'. Use ISO 8601, e.g. 2021-07-29T10:00:00Z.");
    }
}
