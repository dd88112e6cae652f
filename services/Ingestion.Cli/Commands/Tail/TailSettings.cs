using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Ingestion.Cli.Commands.Tail;

public sealed class TailSettings : ConnectSettings
{
    [CommandOption("--event <KIND>")]
    [Description("enriched, stored or all. Default: all")]
    public string Event { get; init; } = "all";

    [CommandOption("--json")]
    [Description("One JSON object per event and line: {event, messageId, sentTime, message}.")]
    public bool Json { get; init; }

    [CommandOption("--rabbitmq <URI>")]
    [Description("The broker. Default: ConnectionStrings__RabbitMq, else amqp://guest:guest@localhost:5672/")]
    public string? RabbitMq { get; init; }

    [CommandOption("--count <N>")]
    [Description("Exit after N events (default: run until Ctrl+C).")]
    public int? Count { get; init; }

    public string ResolveRabbitMq() =>
        new[] { RabbitMq, Environment.GetEnvironmentVariable("ConnectionStrings__RabbitMq") }.FirstOrDefault(uri => !string.IsNullOrWhiteSpace(uri))
        ?? "amqp://guest:guest@localhost:5672/";

    public override ValidationResult Validate() =>
        Event is "enriched" or "stored" or "all"
            ? Count is null or > 0 ? base.Validate() : ValidationResult.Error("--count must be positive.")
            : ValidationResult.Error("--event must be enriched, stored or all.");
}
