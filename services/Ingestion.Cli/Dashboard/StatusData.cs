using System.Text.Json;
using Ingestion.Cli.Management;
using Ingestion.FeedWatcher.Intake;
using Ingestion.FeedWatcher.Ledger;
using Ingestion.Storage.Persistence;

namespace Ingestion.Cli.Dashboard;

/// <summary>Gathers what the status page shows. Every part answers on its own: a broker or store that is down is reported, not thrown.</summary>
public sealed class StatusData(DashboardSources sources)
{
    private const int FailedShown = 50;

    public async Task<PipelineSummary> SummaryAsync(CancellationToken cancellationToken)
    {
        FeedOptions feed = sources.Feed;
        var files = new FeedCounts(
            Count(feed.Path, "*"),
            Count(feed.ResolvedProcessedPath, "*") - Count(feed.ResolvedProcessedPath, "*.meta.json"),
            Count(feed.ResolvedDuplicatesPath, "*.duplicate.json"),
            Count(feed.ResolvedFailedPath, "*.error.json"));

        IReadOnlyDictionary<ArticleState, int>? states = sources.Ledger.Read<IReadOnlyDictionary<ArticleState, int>?>(ledger => ledger.CountByState(), null);
        ArticleCounts articles = states is null
            ? new ArticleCounts(0, 0, 0, 0)
            : new ArticleCounts(states.Values.Sum(), states[ArticleState.Published], states[ArticleState.Stored], states[ArticleState.Failed]);

        IReadOnlyList<FailedArticle> failedArticles = sources.Ledger.Read<IReadOnlyList<FailedArticle>>(
            ledger => [.. ledger.InState(ArticleState.Failed).Take(FailedShown).Select(e => new FailedArticle(e.Id, e.FileName, e.Failure ?? string.Empty))],
            []);

        (IReadOnlyList<QueueInfo>? queues, string? queuesError) = await QueuesAsync(cancellationToken).ConfigureAwait(false);
        return new PipelineSummary(
            DateTimeOffset.UtcNow,
            sources.Management is null ? "in-memory" : "rabbitmq",
            files,
            articles,
            await StoreAsync(cancellationToken).ConfigureAwait(false),
            queues,
            queuesError,
            FailedFiles(feed.ResolvedFailedPath),
            failedArticles);
    }

    /// <summary>The last stored articles, newest first, with their annotations.</summary>
    public async Task<IReadOnlyList<RecentArticle>> RecentAsync(int limit, CancellationToken cancellationToken)
    {
        IReadOnlyList<LedgerEntry> stored = sources.Ledger.Read<IReadOnlyList<LedgerEntry>>(ledger => ledger.RecentlyStored(limit), []);
        var articles = new List<RecentArticle>(stored.Count);
        foreach (LedgerEntry entry in stored)
        {
            if (await sources.Store.FindAsync(entry.Id, cancellationToken).ConfigureAwait(false) is { } document)
            {
                articles.Add(ToRecent(document));
            }
        }

        return articles;
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
