using Ingestion.Cli.Management;

namespace Ingestion.Cli.Dashboard;

/// <summary>The status page's <c>/api/summary</c>: every count of the flow feed → queues → store, and what failed.</summary>
public sealed record PipelineSummary(
    DateTimeOffset GeneratedAt,
    string Bus,
    FeedCounts Files,
    ArticleCounts Articles,
    StoreCounts Store,
    IReadOnlyList<QueueInfo>? Queues,
    string? QueuesError,
    IReadOnlyList<FailedFile> FailedFiles,
    IReadOnlyList<FailedArticle> FailedArticles);
