namespace Ingestion.Cli.Dashboard;

/// <summary>A search result on the page: enough to choose it, without its body; <see cref="Matched"/> are the mentions the query asked for.</summary>
public sealed record FoundArticle(
    string Id,
    string Title,
    string Language,
    string FileName,
    string? Agency,
    DateTimeOffset? PublishedAt,
    DateTimeOffset StoredAt,
    int Entities,
    int Dates,
    IReadOnlyList<string> Matched);
