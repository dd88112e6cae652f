namespace Ingestion.Cli.Dashboard;

/// <summary>A stored article for the page: its text and the annotations to highlight (UTF-16 offsets, end exclusive).</summary>
public sealed record RecentArticle(
    string Id,
    string Title,
    string Text,
    string Language,
    string FileName,
    string? Agency,
    DateTimeOffset? PublishedAt,
    DateTimeOffset StoredAt,
    IReadOnlyList<TextAnnotation> Entities,
    IReadOnlyList<TextAnnotation> Temporal);
