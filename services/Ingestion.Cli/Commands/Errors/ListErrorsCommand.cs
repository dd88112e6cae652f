using System.Globalization;
using System.Text.Json;
using Ingestion.Cli.Management;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Ingestion.Cli.Commands.Errors;

/// <summary><c>ingest errors list [--queue Q] [--json]</c>: what sits in the error queues, and why, without removing it.</summary>
public sealed class ListErrorsCommand : ManagementCommand<ListErrorsSettings>
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    protected override async Task<int> ExecuteAsync(RabbitMqManagementClient client, ListErrorsSettings settings, CancellationToken cancellationToken)
    {
        IReadOnlyList<string> queues = await ErrorQueues.SelectAsync(client, settings.Queue, cancellationToken).ConfigureAwait(false);
        IReadOnlyList<FaultedMessage> messages = await ErrorQueueReader.PeekAsync(client, queues, settings.Limit, cancellationToken).ConfigureAwait(false);
        if (settings.Json)
        {
            Console.Out.WriteLine(JsonSerializer.Serialize(messages, s_json));
            return 0;
        }

        if (messages.Count == 0)
        {
            AnsiConsole.MarkupLineInterpolated($"[green]No messages in {(queues.Count == 0 ? "any error queue" : string.Join(", ", queues))}.[/]");
            return 0;
        }

        AnsiConsole.Write(Render(messages));
        return 0;
    }

    private static Table Render(IReadOnlyList<FaultedMessage> messages)
    {
        var table = new Table().Border(TableBorder.Rounded).Expand();
        table.AddColumn(new TableColumn("queue").NoWrap());
        table.AddColumn(new TableColumn("time").NoWrap());
        table.AddColumn("article / file");
        table.AddColumn("exception");
        table.AddColumn("message id");

        foreach (FaultedMessage message in messages)
        {
            table.AddRow(
                new Text(message.Queue, Style.Parse("red")),
                new Text(message.Time?.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "?"),
                new Text($"{message.ArticleId ?? "?"}{Environment.NewLine}{message.FileName ?? message.MessageType ?? string.Empty}"),
                new Markup($"[bold]{Markup.Escape(message.ExceptionType ?? "(no fault headers)")}[/]{Environment.NewLine}{Markup.Escape(message.ExceptionMessage ?? string.Empty)}"),
                new Text(message.MessageId ?? "?", Style.Parse("grey")));
        }

        return table;
    }
}
