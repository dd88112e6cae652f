using System.Text.Json;
using Ingestion.Storage.Persistence;

namespace Ingestion.Storage.Tests.Persistence;

/// <summary>
/// Compares whole documents through their JSON form, so a new member is compared without touching the tests. The
/// store contract normalises every DateTimeOffset to UTC at millisecond precision; the expected side is normalised
/// the same way.
/// </summary>
internal static class ArticleDocumentAssert
{
    private static readonly JsonSerializerOptions s_json = new() { WriteIndented = true };

    public static void Equivalent(ArticleDocument expected, ArticleDocument? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(Json(Normalised(expected)), Json(actual));
    }

    public static DateTimeOffset StoredForm(DateTimeOffset value)
    {
        DateTimeOffset utc = value.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
    }

    private static ArticleDocument Normalised(ArticleDocument document)
    {
        ArticleDocument copy = JsonSerializer.Deserialize<ArticleDocument>(Json(document))!;
        copy.PublishedAt = copy.PublishedAt is { } published ? StoredForm(published) : null;
        copy.ReceivedAt = StoredForm(copy.ReceivedAt);
        copy.EnrichedAt = StoredForm(copy.EnrichedAt);
        copy.StoredAt = StoredForm(copy.StoredAt);
        return copy;
    }

    private static string Json(ArticleDocument document) => JsonSerializer.Serialize(document, s_json);
}
