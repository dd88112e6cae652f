using System.Globalization;
using System.Text.Json;
using Ingestion.Cli.Running;
using Ingestion.FeedWatcher.Intake;
using Ingestion.FeedWatcher.Ledger;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Ingestion.Cli.Commands.Status;

/// <summary>
/// <c>ingest status</c>: each file's and article's progress from the feed-watcher's ledger (read-only, also while the
/// watcher runs) and its folders.
/// </summary>
public sealed class StatusCommand : Command<StatusSettings>
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public override int Execute(CommandContext context, StatusSettings settings, CancellationToken cancellationToken)
    {
        LedgerLocation ledgerAt = settings.ResolveLedger();
        var feed = new FeedOptions { Path = settings.ResolveFeed(), StatePath = ledgerAt.Path };
        bool summary = settings.File is null && !settings.Pending && !settings.Failed;
        if (!ledgerAt.Exists)
        {
            string searched = string.Join(" or ", ledgerAt.Searched);
            if (settings.Json)
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(new { ledger = (string?)null, searched = ledgerAt.Searched }, s_json));
            }
            else
            {
                AnsiConsole.MarkupLineInterpolated($"[yellow]No ledger in {searched}: nothing was published from this feed yet (--state names another folder).[/]");
            }

            return summary ? 0 : 1;
        }

        using var ledger = new IntakeLedger(feed.ResolvedStatePath, readOnly: true);
        DateTime now = DateTime.UtcNow;
        if (settings.File is { } file)
        {
            IReadOnlyList<LedgerEntry> entries = ledger.ForFile(Path.GetFileName(file));
            string note = Path.Combine(feed.ResolvedFailedPath, Path.GetFileName(file) + ".error.json");
            string? failure = File.Exists(note) ? ReasonIn(note) : null;
            if (settings.Json)
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(new { ledger = ledgerAt.Path, articles = entries.Select(Json), readFailure = failure }, s_json));
            }
            else
            {
                WriteEntries(entries, now);
                if (failure is not null)
                {
                    AnsiConsole.MarkupLineInterpolated($"[red]failed to read:[/] {failure}");
                }
            }

            return entries.Count > 0 || failure is not null ? 0 : 1;
        }

        if (settings.Pending)
        {
            IReadOnlyList<LedgerEntry> pending = [.. ledger.InState(ArticleState.Published), .. ledger.InState(ArticleState.Enriched)];
            Write(settings, ledgerAt, pending, now);
            return 0;
        }

        if (settings.Failed)
        {
            IEnumerable<string> notes = Directory.Exists(feed.ResolvedFailedPath) ? Directory.EnumerateFiles(feed.ResolvedFailedPath, "*.error.json") : [];
            var files = notes.Order(StringComparer.Ordinal).Select(note => new { file = Path.GetFileName(note)[..^".error.json".Length], reason = ReasonIn(note) }).ToList();
            if (settings.Json)
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(new { ledger = ledgerAt.Path, articles = ledger.InState(ArticleState.Failed).Select(Json), files }, s_json));
                return 0;
            }

            WriteEntries(ledger.InState(ArticleState.Failed), now);
            var table = new Table().AddColumns("file that could not be read", "reason");
            foreach (var failed in files)
            {
                table.AddRow(Markup.Escape(failed.file), Markup.Escape(failed.reason));
            }

            AnsiConsole.Write(table);
            return 0;
        }

        IReadOnlyDictionary<ArticleState, int> counts = ledger.CountByState();
        var folders = new
        {
            waiting = Count(feed.Path, "*"),
            processed = Count(feed.ResolvedProcessedPath, "*"),
            duplicates = Count(feed.ResolvedDuplicatesPath, "*.duplicate.json"),
            failed = Count(feed.ResolvedFailedPath, "*.error.json"),
        };
        if (settings.Json)
        {
            // Pending articles are "published" (not yet found in the store) whether or not enrichment is done: where
            // each waits shows in the queues (ingest queues), not in the ledger.
            var articles = new
            {
                stored = counts[ArticleState.Stored],
                published = counts[ArticleState.Published] + counts[ArticleState.Enriched],
                failed = counts[ArticleState.Failed],
            };
            Console.Out.WriteLine(JsonSerializer.Serialize(new { ledger = ledgerAt.Path, articles, files = folders }, s_json));
            return 0;
        }

        AnsiConsole.MarkupLineInterpolated($"ledger: {ledgerAt.Path}");
        AnsiConsole.MarkupLineInterpolated(
            $"articles: [green]{counts[ArticleState.Stored]} stored[/], [yellow]{counts[ArticleState.Published] + counts[ArticleState.Enriched]} pending (published, not yet found in the store)[/], [red]{counts[ArticleState.Failed]} failed[/]");
        AnsiConsole.MarkupLineInterpolated(
            $"files: {folders.waiting} waiting, {folders.processed} processed, {folders.duplicates} duplicates, [red]{folders.failed} failed[/]");
        return 0;
    }

    private static void Write(StatusSettings settings, LedgerLocation ledgerAt, IReadOnlyList<LedgerEntry> entries, DateTime now)
    {
        if (settings.Json)
        {
            Console.Out.WriteLine(JsonSerializer.Serialize(new { ledger = ledgerAt.Path, articles = entries.Select(Json) }, s_json));
        }
        else
        {
            WriteEntries(entries, now);
        }
    }

    private static object Json(LedgerEntry entry) => new
    {
        id = entry.Id,
        file = entry.FileName,
        state = Shown(entry.State),
        publishedAt = entry.PublishedAtUtc,
        storedAt = entry.StoredAtUtc,
        attempts = entry.Attempts,
        failure = entry.Failure,
    };

    private static void WriteEntries(IReadOnlyList<LedgerEntry> entries, DateTime now)
    {
        var table = new Table().AddColumns("article", "file", "state", "published", "stored", "attempts", "failure");
        foreach (LedgerEntry entry in entries.OrderBy(e => e.PublishedAtUtc))
        {
            table.AddRow(
                entry.Id,
                Markup.Escape(entry.FileName),
                Shown(entry.State),
                $"{entry.PublishedAtUtc:u} ({(now - entry.PublishedAtUtc).TotalMinutes.ToString("0", CultureInfo.InvariantCulture)} min ago)",
                entry.StoredAtUtc?.ToString("u", CultureInfo.InvariantCulture) ?? string.Empty,
                entry.Attempts.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(entry.Failure ?? string.Empty));
        }

        AnsiConsole.Write(table);
        AnsiConsole.MarkupLineInterpolated($"{entries.Count} article(s).");
    }

    // Older ledgers hold "Enriched" entries: pending, like the published ones.
    private static string Shown(ArticleState state) => (state == ArticleState.Enriched ? ArticleState.Published : state).ToString();

    private static int Count(string folder, string pattern) =>
        Directory.Exists(folder) ? Directory.EnumerateFiles(folder, pattern).Count(path => !Path.GetFileName(path).StartsWith('.')) : 0;

    private static string ReasonIn(string note)
    {
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(note));
        return document.RootElement.TryGetProperty("error", out JsonElement error) ? error.GetString() ?? string.Empty : string.Empty;
    }
}
