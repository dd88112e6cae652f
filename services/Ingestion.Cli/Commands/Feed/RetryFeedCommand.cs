using System.Text.Json;
using Ingestion.FeedWatcher.Intake;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Ingestion.Cli.Commands.Feed;

/// <summary><c>ingest feed retry FILE|--failed</c>: failed files go back into the feed for another try.</summary>
public sealed class RetryFeedCommand : Command<RetrySettings>
{
    public override int Execute(CommandContext context, RetrySettings settings, CancellationToken cancellationToken)
    {
        var folders = new FeedFolders(new FeedOptions { Path = settings.ResolveFeed() });
        IReadOnlyList<string> names = settings.AllFailed ? folders.FailedFiles() : [settings.File!];
        var moved = names.Select(name => new { file = name, movedTo = folders.ReplayFailed(name) }).ToList();
        if (settings.Json)
        {
            Console.Out.WriteLine(JsonSerializer.Serialize(moved));
            return 0;
        }

        foreach (var file in moved)
        {
            AnsiConsole.MarkupLineInterpolated($"retry [blue]{file.file}[/] → {file.movedTo}");
        }

        AnsiConsole.MarkupLineInterpolated($"{moved.Count} file(s) back in the feed.");
        return 0;
    }
}
