using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Ingestion.Cli.Commands;

/// <summary>The options of every command that reaches a broker, a store or an API over the network.</summary>
public class ConnectSettings : IngestSettings
{
    public const double DefaultConnectTimeoutSeconds = 10;

    [CommandOption("--connect-timeout <SECONDS>")]
    [Description("How long to wait for a broker, store or API to answer before giving up. Default: 10")]
    [DefaultValue(DefaultConnectTimeoutSeconds)]
    public double ConnectTimeoutSeconds { get; init; } = DefaultConnectTimeoutSeconds;

    public TimeSpan ConnectTimeout => TimeSpan.FromSeconds(ConnectTimeoutSeconds);

    public override ValidationResult Validate() =>
        ConnectTimeoutSeconds > 0 && ConnectTimeoutSeconds <= int.MaxValue / 1000
            ? ValidationResult.Success()
            : ValidationResult.Error($"--connect-timeout must be a positive number of seconds, got {ConnectTimeoutSeconds.ToString(CultureInfo.InvariantCulture)}.");
}
