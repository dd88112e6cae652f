using System.Text.Json;

namespace Ingestion.FeedWatcher.Parsing;

/// <summary>A <c>.jsonl</c> file: one article object per line, as in <see cref="JsonArticleReader"/>; blank lines are skipped.</summary>
public sealed class JsonLinesArticleReader : IArticleReader
{
    public string Format => "jsonl";

    public IReadOnlyCollection<string> Extensions { get; } = [".jsonl", ".ndjson"];

    public IReadOnlyList<ParsedArticle> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var articles = new List<ParsedArticle>();
        string[] lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            try
            {
                using JsonDocument document = JsonDocument.Parse(lines[i]);
                articles.Add(JsonArticleReader.ReadArticle(document.RootElement));
            }
            catch (JsonException ex)
            {
                throw new ArticleParseException($"Line {i + 1} is not valid JSON: {ex.Message}", ex);
            }
            catch (ArticleParseException ex)
            {
                // One bad line fails the whole file, so that no article of it is published twice on a retry.
                throw new ArticleParseException($"Line {i + 1}: {ex.Message}", ex);
            }
        }

        return articles;
    }
}
