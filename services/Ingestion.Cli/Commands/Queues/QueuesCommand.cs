using System.Text.Json;
using Ingestion.Cli.Management;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Ingestion.Cli.Commands.Queues;

/// <summary><c>ingest queues [--watch] [--json]</c>: every queue of the virtual host, from the management API.</summary>
public sealed class QueuesCommand : ManagementCommand<QueuesSettings>
{
    private static readonly TimeSpan s_refresh = TimeSpan.FromSeconds(2);
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    protected override async Task<int> ExecuteAsync(RabbitMqManagementClient client, QueuesSettings settings, CancellationToken cancellationToken)
    {
        ManagementEndpoint endpoint = client.Endpoint;
        if (settings.Json)
        {
            IReadOnlyList<QueueInfo> queues = await client.GetQueuesAsync(cancellationToken).ConfigureAwait(false);
            Console.Out.WriteLine(JsonSerializer.Serialize(queues, s_json));
            return 0;
        }

        if (!settings.Watch)
        {
            AnsiConsole.Write(QueueTable.Render(await client.GetQueuesAsync(cancellationToken).ConfigureAwait(false), Title(endpoint)));
            return 0;
        }

        await WatchAsync(client, endpoint, cancellationToken).ConfigureAwait(false);
        return 0;
    }

    private static async Task WatchAsync(RabbitMqManagementClient client, ManagementEndpoint endpoint, CancellationToken cancellationToken)
    {
        IReadOnlyList<QueueInfo> first = await client.GetQueuesAsync(cancellationToken).ConfigureAwait(false);
        await AnsiConsole.Live(QueueTable.Render(first, Title(endpoint)))
            .AutoClear(false)
            .StartAsync(async live =>
            {
                while (!cancellationToken.IsCancellationRequested)
                {
                    try
                    {
                        await Task.Delay(s_refresh, cancellationToken).ConfigureAwait(false);
                        IReadOnlyList<QueueInfo> queues = await client.GetQueuesAsync(cancellationToken).ConfigureAwait(false);
                        live.UpdateTarget(QueueTable.Render(queues, $"{Title(endpoint)} · {DateTime.Now:HH:mm:ss}"));
                    }
                    catch (OperationCanceledException)
                    {
                        return;
                    }
                    catch (HttpRequestException ex)
                    {
                        // A broker restart should not end the watch; the table says the data is stale.
                        live.UpdateTarget(new Markup($"[red]{Markup.Escape(ex.Message)}[/] [grey](retrying every {s_refresh.TotalSeconds:0} s)[/]"));
                    }

                    live.Refresh();
                }
            })
            .ConfigureAwait(false);
    }

    private static string Title(ManagementEndpoint endpoint) => $"queues of vhost {endpoint.VirtualHost} at {endpoint.BaseAddress}";
}
