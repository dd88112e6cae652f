using System.Text.Json;
using Ingestion.Cli.Connecting;
using Ingestion.Cli.Invocation;
using Ingestion.Cli.Management;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Ingestion.Cli.Commands.Queues;

/// <summary><c>ingest queues [--watch] [--json]</c>: every queue of the virtual host, from the management API.</summary>
public sealed class QueuesCommand : AsyncCommand<QueuesSettings>
{
    private static readonly TimeSpan s_refresh = TimeSpan.FromSeconds(2);
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public override async Task<int> ExecuteAsync(CommandContext context, QueuesSettings settings, CancellationToken cancellationToken)
    {
        ManagementEndpoint endpoint = settings.ResolveEndpoint();
        using var client = new RabbitMqManagementClient(endpoint, timeout: settings.ConnectTimeout);
        try
        {
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
        catch (Exception ex) when (ManagementApiFailure.IsUnreachable(ex, cancellationToken))
        {
            throw ManagementApiFailure.Describe(ex, client.Endpoint, settings.ConnectTimeout);
        }
        catch (HttpRequestException ex)
        {
            // The API answered, and said no (credentials, virtual host): its answer is the message.
            await Console.Error.WriteLineAsync($"Error: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
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
