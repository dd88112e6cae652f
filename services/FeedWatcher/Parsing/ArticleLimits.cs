using System.Text.Json;

namespace Ingestion.FeedWatcher.Parsing;

/// <summary>
/// What an article may carry. User-controlled fields end up as document fields in the store, so metadata keys may
/// never contain <c>$</c> or <c>.</c> (a document database reads those as operators or paths), and every field has a
/// size limit, so one hostile file cannot make a message the broker or the store refuses.
/// </summary>
public static class ArticleLimits
{
    public const int MaxMetadataEntries = 64;
    public const int MaxMetadataKeyLength = 64;
    public const int MaxMetadataValueLength = 4096;

    /// <summary>The <c>metadata</c> object of an article, as strings; throws <see cref="ArticleParseException"/> when it breaks a rule.</summary>
    public static IReadOnlyDictionary<string, string>? Metadata(JsonElement article)
    {
        if (!article.TryGetProperty("metadata", out JsonElement metadata) || metadata.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (metadata.ValueKind != JsonValueKind.Object)
        {
            throw new ArticleParseException($"'metadata' must be an object of strings, found {metadata.ValueKind}.");
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (JsonProperty property in metadata.EnumerateObject())
        {
            string key = property.Name;
            if (key.Length is 0 or > MaxMetadataKeyLength || key.Contains('$', StringComparison.Ordinal) || key.Contains('.', StringComparison.Ordinal))
            {
                throw new ArticleParseException($"Metadata key '{Shorten(key)}' is not allowed: 1 to {MaxMetadataKeyLength} characters, without '$' or '.'.");
            }

            string value = property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString()!,
                JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => property.Value.GetRawText(),
                _ => throw new ArticleParseException($"Metadata '{key}' must be a string, number or boolean, found {property.Value.ValueKind}."),
            };
            if (value.Length > MaxMetadataValueLength)
            {
                throw new ArticleParseException($"Metadata '{key}' is {value.Length} characters, over the limit of {MaxMetadataValueLength}.");
            }

            if (!values.TryAdd(key, value) || values.Count > MaxMetadataEntries)
            {
                throw new ArticleParseException(values.Count > MaxMetadataEntries ? $"More than {MaxMetadataEntries} metadata entries." : $"Metadata key '{key}' appears twice.");
            }
        }

        return values;
    }

    private static string Shorten(string key) => key.Length <= MaxMetadataKeyLength ? key : key[..MaxMetadataKeyLength] + "…";
}
