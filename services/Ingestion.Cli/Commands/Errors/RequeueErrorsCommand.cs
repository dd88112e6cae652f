using System.Text.Json;
using Ingestion.Cli.Invocation;
using Ingestion.Cli.Management;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Ingestion.Cli.Commands.Errors;

/// <summary><c>ingest errors requeue --queue Q|--all</c>: moves messages from error queues back to their queues.</summary>
public sealed class RequeueErrorsCommand : ManagementCommand<RequeueErrorsSettings>
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    protected override async Task<int> ExecuteAsync(RabbitMqManagementClient client, RequeueErrorsSettings settings, CancellationToken cancellationToken)
    {
        var replayer = new ErrorReplayer(client);
        var results = new List<ReplayResult>();
        int exitCode = 0;
        IReadOnlyList<string> queues = await ErrorQueues.SelectAsync(client, settings.All ? null : settings.Queue, cancellationToken).ConfigureAwait(false);
        if (queues.Count == 0 && !settings.Json)
        {
            AnsiConsole.MarkupLine("[green]No error queues.[/]");
        }

        foreach (string queue in queues)
        {
            ReplayResult result = await replayer.ReplayAsync(queue, cancellationToken).ConfigureAwait(false);
            results.Add(result);
            exitCode = (result.Skipped is not null && !settings.All) || result.PutBack > 0 ? ExitCodes.Failure : exitCode;
            if (!settings.Json)
            {
                Write(result);
            }
        }

        if (settings.Json)
        {
            Console.Out.WriteLine(JsonSerializer.Serialize(results, s_json));
        }

        return exitCode;
    }

    private static void Write(ReplayResult result)
    {
        if (result.Skipped is not null)
        {
            AnsiConsole.MarkupLineInterpolated($"[yellow]{result.ErrorQueue}: skipped, {result.Skipped}.[/]");
            return;
        }

        AnsiConsole.MarkupLineInterpolated($"{result.ErrorQueue} → [blue]{result.TargetQueue}[/]: {result.Moved} moved");
        if (result.PutBack > 0)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]{result.PutBack} could not be routed to {result.TargetQueue} and stay in {result.ErrorQueue}.[/]");
        }
    }
}
