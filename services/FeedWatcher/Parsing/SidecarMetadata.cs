using System.Text.Json;

namespace Ingestion.FeedWatcher.Parsing;

/// <summary>
/// <c>name.meta.json</c> beside <c>name.txt</c> gives what a plain text file cannot say: <c>publishedAt</c>,
/// <c>source</c>, <c>url</c>, <c>language</c>, <c>id</c>. Its fields override nothing the article itself states.
/// </summary>
public static class SidecarMetadata
{
    public const string Suffix = ".meta.json";

    public static string PathFor(string articlePath)
    {
        ArgumentNullException.ThrowIfNull(articlePath);
        return Path.Combine(Path.GetDirectoryName(articlePath) ?? string.Empty, Path.GetFileNameWithoutExtension(articlePath) + Suffix);
    }

    /// <summary>The article with the sidecar's metadata, or unchanged when there is no sidecar.</summary>
    public static ParsedArticle Apply(ParsedArticle article, string articlePath)
    {
        ArgumentNullException.ThrowIfNull(article);
        string sidecar = PathFor(articlePath);
        if (!File.Exists(sidecar))
        {
            return article;
        }

        ParsedArticle metadata;
        try
        {
            using JsonDocument document = JsonDocument.Parse(TextDecoder.Decode(File.ReadAllBytes(sidecar)).Text);
            metadata = JsonArticleReader.ReadMetadata(document.RootElement);
        }
        catch (JsonException ex)
        {
            throw new ArticleParseException($"The sidecar {Path.GetFileName(sidecar)} is not valid JSON: {ex.Message}", ex);
        }

        return article with
        {
            PublishedAt = article.PublishedAt ?? metadata.PublishedAt,
            SourceId = article.SourceId ?? metadata.SourceId,
            SourceName = article.SourceName ?? metadata.SourceName,
            Url = article.Url ?? metadata.Url,
            Language = article.Language ?? metadata.Language,
            Metadata = article.Metadata ?? metadata.Metadata,
        };
    }
}
