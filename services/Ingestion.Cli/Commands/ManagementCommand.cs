using Ingestion.Cli.Connecting;
using Ingestion.Cli.Invocation;
using Ingestion.Cli.Management;
using Spectre.Console.Cli;

namespace Ingestion.Cli.Commands;

/// <summary>
/// A command over the RabbitMQ management API: gets a client with the connect timeout; an API that cannot be reached
/// ends it with the one-line report, an API that answers no (credentials, virtual host) with its answer on stderr.
/// </summary>
public abstract class ManagementCommand<TSettings> : AsyncCommand<TSettings>
    where TSettings : ManagementSettings
{
    public sealed override async Task<int> ExecuteAsync(CommandContext context, TSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        using var client = new RabbitMqManagementClient(settings.ResolveEndpoint(), timeout: settings.ConnectTimeout);
        try
        {
            return await ExecuteAsync(client, settings, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ManagementApiFailure.IsUnreachable(ex, cancellationToken))
        {
            throw ManagementApiFailure.Describe(ex, client.Endpoint, settings.ConnectTimeout);
        }
        catch (HttpRequestException ex)
        {
            await Console.Error.WriteLineAsync($"Error: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
    }

    protected abstract Task<int> ExecuteAsync(RabbitMqManagementClient client, TSettings settings, CancellationToken cancellationToken);
}
