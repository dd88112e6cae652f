using System.Globalization;
using Ingestion.Cli.Management;
using Spectre.Console;

namespace Ingestion.Cli.Commands.Queues;

/// <summary>The queues as a table; error queues are marked, and red while they hold messages.</summary>
public static class QueueTable
{
    public static Table Render(IReadOnlyList<QueueInfo> queues, string title)
    {
        ArgumentNullException.ThrowIfNull(queues);
        var table = new Table().Title(Markup.Escape(title)).Border(TableBorder.Rounded);
        table.AddColumn(new TableColumn("queue").NoWrap());
        table.AddColumn(new TableColumn("ready").RightAligned());
        table.AddColumn(new TableColumn("unacked").RightAligned());
        table.AddColumn(new TableColumn("consumers").RightAligned());
        table.AddColumn(new TableColumn("publish/s").RightAligned());
        table.AddColumn(new TableColumn("deliver/s").RightAligned());
        foreach (QueueInfo queue in queues.OrderBy(q => q.IsErrorQueue).ThenBy(q => q.Name, StringComparer.Ordinal))
        {
            string style = queue.IsErrorQueue ? (queue.Ready + queue.Unacknowledged > 0 ? "bold red" : "yellow") : "default";
            table.AddRow(
                new Markup(Markup.Escape(queue.Name), Style.Parse(style)),
                new Markup(Markup.Escape(Count(queue.Ready)), Style.Parse(style)),
                new Text(Count(queue.Unacknowledged)),
                new Markup(Markup.Escape(Count(queue.Consumers)), Style.Parse(queue.Consumers == 0 && !queue.IsErrorQueue ? "yellow" : "default")),
                new Text(Rate(queue.PublishRate)),
                new Text(Rate(queue.DeliverRate)));
        }

        if (queues.Count == 0)
        {
            table.AddRow("[grey](no queues)[/]", string.Empty, string.Empty, string.Empty, string.Empty, string.Empty);
        }

        return table;
    }

    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Rate(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);
}
