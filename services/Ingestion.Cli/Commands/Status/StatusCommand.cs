using System.Globalization;
using System.Text.Json;
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
    public override int Execute(CommandContext context, StatusSettings settings, CancellationToken cancellationToken)
    {
        var feed = new FeedOptions { Path = settings.ResolveFeed(), StatePath = settings.ResolveState() };
        if (!File.Exists(Path.Combine(feed.ResolvedStatePath, IntakeLedger.FileName)))
        {
            AnsiConsole.MarkupLineInterpolated($"[yellow]No ledger in {feed.ResolvedStatePath}: nothing was published from this feed yet.[/]");
            return settings.File is null && !settings.Pending && !settings.Failed ? 0 : 1;
        }

        using var ledger = new IntakeLedger(feed.ResolvedStatePath, readOnly: true);
        DateTime now = DateTime.UtcNow;
        if (settings.File is { } file)
        {
            IReadOnlyList<LedgerEntry> entries = ledger.ForFile(Path.GetFileName(file));
            WriteEntries(entries, now);
            string note = Path.Combine(feed.ResolvedFailedPath, Path.GetFileName(file) + ".error.json");
            if (File.Exists(note))
            {
                AnsiConsole.MarkupLineInterpolated($"[red]failed to read:[/] {ReasonIn(note)}");
            }

            return entries.Count > 0 || File.Exists(note) ? 0 : 1;
        }

        if (settings.Pending)
        {
            WriteEntries([.. ledger.InState(ArticleState.Published), .. ledger.InState(ArticleState.Enriched)], now);
            return 0;
        }

        if (settings.Failed)
        {
            WriteEntries(ledger.InState(ArticleState.Failed), now);
            var files = new Table().AddColumns("file that could not be read", "reason");
            IEnumerable<string> notes = Directory.Exists(feed.ResolvedFailedPath) ? Directory.EnumerateFiles(feed.ResolvedFailedPath, "*.error.json") : [];
            foreach (string note in notes.Order(StringComparer.Ordinal))
            {
                files.AddRow(Markup.Escape(Path.GetFileName(note)[..^".error.json".Length]), Markup.Escape(ReasonIn(note)));
            }

            AnsiConsole.Write(files);
            return 0;
        }

        IReadOnlyDictionary<ArticleState, int> counts = ledger.CountByState();
        AnsiConsole.MarkupLineInterpolated(
            $"articles: [green]{counts[ArticleState.Stored]} stored[/], [yellow]{counts[ArticleState.Published] + counts[ArticleState.Enriched]} pending ({counts[ArticleState.Published]} published, {counts[ArticleState.Enriched]} enriched)[/], [red]{counts[ArticleState.Failed]} failed[/]");
        AnsiConsole.MarkupLineInterpolated(
            $"files: {Count(feed.Path, "*")} waiting, {Count(feed.ResolvedProcessedPath, "*")} processed, {Count(feed.ResolvedDuplicatesPath, "*.duplicate.json")} duplicates, [red]{Count(feed.ResolvedFailedPath, "*.error.json")} failed[/]");
        return 0;
    }

    private static void WriteEntries(IReadOnlyList<LedgerEntry> entries, DateTime now)
    {
        var table = new Table().AddColumns("article", "file", "state", "published", "enriched", "stored", "attempts", "failure");
        foreach (LedgerEntry entry in entries.OrderBy(e => e.PublishedAtUtc))
        {
            table.AddRow(
                entry.Id,
                Markup.Escape(entry.FileName),
                entry.State.ToString(),
                $"{entry.PublishedAtUtc:u} ({(now - entry.PublishedAtUtc).TotalMinutes.ToString("0", CultureInfo.InvariantCulture)} min ago)",
                entry.EnrichedAtUtc?.ToString("u", CultureInfo.InvariantCulture) ?? string.Empty,
                entry.StoredAtUtc?.ToString("u", CultureInfo.InvariantCulture) ?? string.Empty,
                entry.Attempts.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(entry.Failure ?? string.Empty));
        }

        AnsiConsole.Write(table);
        AnsiConsole.MarkupLineInterpolated($"{entries.Count} article(s).");
    }

    private static int Count(string folder, string pattern) =>
        Directory.Exists(folder) ? Directory.EnumerateFiles(folder, pattern).Count(path => !Path.GetFileName(path).StartsWith('.')) : 0;

    private static string ReasonIn(string note)
    {
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(note));
        return document.RootElement.TryGetProperty("error", out JsonElement error) ? error.GetString() ?? string.Empty : string.Empty;
    }
}
