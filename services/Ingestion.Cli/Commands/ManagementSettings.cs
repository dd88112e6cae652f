using System.ComponentModel;
using Ingestion.Cli.Management;
using Spectre.Console.Cli;

namespace Ingestion.Cli.Commands;

/// <summary>Where the RabbitMQ management API is, for the commands that read or move queued messages.</summary>
public class ManagementSettings : ConnectSettings
{
    [CommandOption("--management <URL>")]
    [Description("The management API, e.g. http://localhost:15672/. Default: Management__Url, else the host of ConnectionStrings__RabbitMq on port 15672.")]
    public string? Management { get; init; }

    [CommandOption("--vhost <NAME>")]
    [Description("The virtual host. Default: the path of ConnectionStrings__RabbitMq, else /.")]
    public string? VirtualHost { get; init; }

    /// <summary>The options, else the variables the services read; credentials come from the amqp URI.</summary>
    public ManagementEndpoint ResolveEndpoint() =>
        ManagementEndpoint.Resolve(
            Management,
            Environment.GetEnvironmentVariable("Management__Url"),
            Environment.GetEnvironmentVariable("ConnectionStrings__RabbitMq"),
            VirtualHost);
}
