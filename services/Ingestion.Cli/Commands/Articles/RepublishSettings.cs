using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Ingestion.Cli.Commands.Articles;

public sealed class RepublishSettings : ArticlesSettings
{
    [CommandOption("--since <DATE>")]
    [Description("Republish documents stored at or after this date or time (ISO 8601; a date alone is midnight UTC).")]
    public string? Since { get; init; }

    [CommandOption("--until <DATE>")]
    [Description("... and before this one (exclusive). Default: now.")]
    public string? Until { get; init; }

    [CommandOption("--rabbitmq <URI>")]
    [Description("The broker. Default: ConnectionStrings__RabbitMq.")]
    public string? RabbitMq { get; init; }

    [CommandOption("--queue <NAME>")]
    [Description("Send to this one queue (a new subscriber's) instead of publishing to every subscriber of ArticleEnriched.")]
    public string? Queue { get; init; }

    [CommandOption("--json")]
    [Description("Print {\"republished\": N, \"to\": WHERE} (the progress goes to stderr).")]
    public bool Json { get; init; }

    public DateTimeOffset SinceTime => ParseTime(Since!);

    public DateTimeOffset UntilTime => Until is null ? DateTimeOffset.MaxValue : ParseTime(Until);

    public string? ResolveRabbitMq() =>
        new[] { RabbitMq, Environment.GetEnvironmentVariable("ConnectionStrings__RabbitMq") }.FirstOrDefault(uri => !string.IsNullOrWhiteSpace(uri));

    public override ValidationResult Validate()
    {
        if (Since is null || !TryParseTime(Since, out _))
        {
            return ValidationResult.Error("--since DATE is required, e.g. 2026-11-30 or 2026-11-30T08:00:00Z.");
        }

        if (Until is not null && (!TryParseTime(Until, out DateTimeOffset until) || until <= SinceTime))
        {
            return ValidationResult.Error("--until must be a date after --since.");
        }

        return ResolveRabbitMq() is null ? ValidationResult.Error("Give --rabbitmq URI or set ConnectionStrings__RabbitMq.") : base.Validate();
    }

    private static DateTimeOffset ParseTime(string text) =>
        TryParseTime(text, out DateTimeOffset time) ? time : throw new FormatException($"Not a date: {text}");

    private static bool TryParseTime(string text, out DateTimeOffset time) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out time);
}
