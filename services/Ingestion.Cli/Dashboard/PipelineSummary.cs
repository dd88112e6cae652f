using Ingestion.Cli.Management;

namespace Ingestion.Cli.Dashboard;

/// <summary>
/// The status page's <c>/api/summary</c>: the alerts and each service's health, the rate and latency of the last
/// minutes, every count of the flow feed → queues → store, and what failed.
/// </summary>
public sealed record PipelineSummary(
    DateTimeOffset GeneratedAt,
    string Bus,
    FeedCounts Files,
    ArticleCounts Articles,
    StoreCounts Store,
    IReadOnlyList<QueueInfo>? Queues,
    string? QueuesError,
    IReadOnlyList<FailedFile> FailedFiles,
    IReadOnlyList<FailedArticle> FailedArticles)
{
    public IReadOnlyList<StatusAlert> Alerts { get; init; } = [];

    public IReadOnlyList<ServiceHealth> Services { get; init; } = [];

    public Throughput? Throughput { get; init; }

    public string? ThroughputError { get; init; }
}
