using System.Text.Json;
using Ingestion.Cli.Management;
using Ingestion.FeedWatcher.Intake;
using Ingestion.FeedWatcher.Ledger;
using Ingestion.Storage.Persistence;
using Ingestion.Storage.Persistence.Querying;

namespace Ingestion.Cli.Dashboard;

/// <summary>
/// Gathers what the status page shows. Every part answers on its own: a broker or store that is down is reported, not
/// thrown. Every read goes through an index or a limit, so that a refresh costs the same at 100,000 articles as at ten.
/// </summary>
public sealed class StatusData(DashboardSources sources)
{
    private const int FailedShown = 50;
    private const int WindowMinutes = 15;

    // The window's timings are read at most this many at a time, newest first; beyond, the figures say "sampled".
    private const int TimingsRead = 20_000;

    // The chart moves by the minute: one read of the window per few seconds serves every open page.
    private readonly CostlyValue<(Throughput?, string?)> _throughput = new(TimeSpan.FromSeconds(5));
    private readonly CostlyValue<(FeedCounts, IReadOnlyList<FailedFile>)> _files = new(TimeSpan.Zero);
    private readonly CostlyValue<(ArticleCounts, IReadOnlyList<FailedArticle>)> _ledger = new(TimeSpan.Zero);
    private readonly CostlyValue<StoreCounts> _store = new(TimeSpan.Zero);

    public async Task<PipelineSummary> SummaryAsync(CancellationToken cancellationToken)
    {
        (FeedCounts files, IReadOnlyList<FailedFile> failedFiles) = await _files.GetAsync(() => Task.FromResult(Files())).ConfigureAwait(false);
        (ArticleCounts articles, IReadOnlyList<FailedArticle> failedArticles) = await _ledger.GetAsync(() => Task.FromResult(Ledger())).ConfigureAwait(false);
        (IReadOnlyList<QueueInfo>? queues, string? queuesError) = await QueuesAsync(cancellationToken).ConfigureAwait(false);
        StoreCounts store = await _store.GetAsync(() => StoreAsync(cancellationToken)).ConfigureAwait(false);
        (Throughput? throughput, string? throughputError) = await _throughput.GetAsync(() => ThroughputAsync(cancellationToken)).ConfigureAwait(false);
        var summary = new PipelineSummary(
            DateTimeOffset.UtcNow,
            sources.Management is null ? "in-memory" : "rabbitmq",
            files,
            articles,
            store,
            queues,
            queuesError,
            failedFiles,
            failedArticles)
        {
            Throughput = throughput,
            ThroughputError = throughputError,
        };
        IReadOnlyList<ServiceHealth> services = StatusChecks.Health(
            sources.Ledger.InProcess, sources.Ledger.Exists, store, store.Error is null, queues, queuesError, sources.Management is not null);
        return summary with { Services = services, Alerts = StatusChecks.Alerts(summary, services) };
    }

    /// <summary>The last stored articles, newest first, with their annotations: the store's storedAt index, one page.</summary>
    public async Task<IReadOnlyList<RecentArticle>> RecentAsync(int limit, CancellationToken cancellationToken)
    {
        ArticleQueryPage page = await sources.Store.QueryAsync(new ArticleQuery { Limit = limit }, cancellationToken).ConfigureAwait(false);
        return [.. page.Articles.Select(ToRecent)];
    }

    /// <summary>One page of the articles that meet the query, without their bodies.</summary>
    public async Task<FoundPage> FindAsync(ArticleQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArticleQueryPage page = await sources.Store.QueryAsync(query, cancellationToken).ConfigureAwait(false);
        return new FoundPage(
            [.. page.Articles.Select(d => new FoundArticle(
                d.Id,
                d.Title,
                d.Language,
                d.Source.FileName,
                d.Source.Agency,
                d.PublishedAt,
                d.StoredAt,
                d.Entities.Count,
                d.Temporal.Count,
                [.. d.Entities.Where(query.MatchesMention).Select(e => e.Text).Distinct(StringComparer.Ordinal)]))],
            page.Skip,
            page.Limit,
            page.HasMore);
    }

    /// <summary>One article with its annotations, or null when the store has no such id.</summary>
    public async Task<RecentArticle?> ArticleAsync(string id, CancellationToken cancellationToken) =>
        await sources.Store.FindAsync(id, cancellationToken).ConfigureAwait(false) is { } document ? ToRecent(document) : null;

    private async Task<(Throughput?, string?)> ThroughputAsync(CancellationToken cancellationToken)
    {
        DateTimeOffset now = DateTimeOffset.UtcNow;
        try
        {
            IReadOnlyList<StoredTiming> timings = await sources.Store
                .StoredSinceAsync(now.AddMinutes(-WindowMinutes), TimingsRead, cancellationToken)
                .ConfigureAwait(false);
            return (Throughput.From(timings, now, WindowMinutes, TimingsRead), null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return (null, ex.Message);
        }
    }

    private (FeedCounts, IReadOnlyList<FailedFile>) Files()
    {
        FeedOptions feed = sources.Feed;
        var files = new FeedCounts(
            Count(feed.Path, "*"),
            Count(feed.ResolvedProcessedPath, "*") - Count(feed.ResolvedProcessedPath, "*.meta.json"),
            Count(feed.ResolvedDuplicatesPath, "*.duplicate.json"),
            Count(feed.ResolvedFailedPath, "*.error.json"));
        return (files, FailedFiles(feed.ResolvedFailedPath));
    }

    private (ArticleCounts, IReadOnlyList<FailedArticle>) Ledger()
    {
        IReadOnlyDictionary<ArticleState, int>? states = sources.Ledger.Read<IReadOnlyDictionary<ArticleState, int>?>(ledger => ledger.CountByState(), null);
        ArticleCounts articles = states is null
            ? new ArticleCounts(0, 0, 0, 0)
            : new ArticleCounts(states.Values.Sum(), states[ArticleState.Published] + states[ArticleState.Enriched], states[ArticleState.Stored], states[ArticleState.Failed]);
        IReadOnlyList<FailedArticle> failed = sources.Ledger.Read<IReadOnlyList<FailedArticle>>(
            ledger => [.. ledger.InState(ArticleState.Failed).Take(FailedShown).Select(e => new FailedArticle(e.Id, e.FileName, e.Failure ?? string.Empty))],
            []);
        return (articles, failed);
    }

    private static RecentArticle ToRecent(ArticleDocument document) => new(
        document.Id,
        document.Title,
        document.Text,
        document.Language,
        document.Source.FileName,
        document.Source.Agency,
        document.PublishedAt,
        document.StoredAt,
        [.. document.Entities.Select(e => new TextAnnotation(e.Start, e.End, e.Type, e.Text, Join(e.CanonicalName, e.Role)))],
        [.. document.Temporal.Select(t => new TextAnnotation(t.Start, t.End, t.Type, t.Text, t.Mod is null ? t.Value : $"{t.Value} ({t.Mod})"))]);

    private static string? Join(string? canonical, string? role) =>
        (canonical, role) switch
        {
            (null, null) => null,
            (_, null) => canonical,
            (null, _) => role,
            _ => $"{canonical} · {role}",
        };

    private async Task<StoreCounts> StoreAsync(CancellationToken cancellationToken)
    {
        IArticleStore store = sources.Store;
        try
        {
            return new StoreCounts(store.Kind, store.Location, await store.CountAsync(cancellationToken).ConfigureAwait(false), null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new StoreCounts(store.Kind, store.Location, null, ex.Message);
        }
    }

    private async Task<(IReadOnlyList<QueueInfo>?, string?)> QueuesAsync(CancellationToken cancellationToken)
    {
        if (sources.Management is null)
        {
            return (null, null);
        }

        try
        {
            return (await sources.Management.GetQueuesAsync(cancellationToken).ConfigureAwait(false), null);
        }
        catch (HttpRequestException ex)
        {
            return (null, ex.Message);
        }
    }

    private static IReadOnlyList<FailedFile> FailedFiles(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return [.. new DirectoryInfo(folder).EnumerateFiles("*.error.json")
            .OrderByDescending(note => note.LastWriteTimeUtc)
            .Take(FailedShown)
            .Select(Read)];
    }

    private static FailedFile Read(FileInfo note)
    {
        string file = note.Name[..^".error.json".Length];
        try
        {
            using JsonDocument document = JsonDocument.Parse(File.ReadAllText(note.FullName));
            JsonElement root = document.RootElement;
            return new FailedFile(
                file,
                root.TryGetProperty("error", out JsonElement error) ? error.GetString() ?? string.Empty : string.Empty,
                root.TryGetProperty("exceptionType", out JsonElement type) ? type.GetString() : null,
                root.TryGetProperty("failedAt", out JsonElement at) && at.TryGetDateTimeOffset(out DateTimeOffset when) ? when : null);
        }
        catch (Exception ex) when (ex is IOException or JsonException)
        {
            // A note being written right now, or edited by hand: the file still counts as failed.
            return new FailedFile(file, $"(note unreadable: {ex.Message})", null, null);
        }
    }

    private static int Count(string folder, string pattern) =>
        Directory.Exists(folder) ? Directory.EnumerateFiles(folder, pattern).Count(path => !Path.GetFileName(path).StartsWith('.')) : 0;
}
