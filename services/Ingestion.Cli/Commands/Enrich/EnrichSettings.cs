using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Ingestion.Cli.Commands.Enrich;

public sealed class EnrichSettings : IngestSettings
{
    [CommandArgument(0, "<PATH>")]
    [Description("Article files or folders of them (.txt, .json).")]
    public string[] Paths { get; init; } = [];

    [CommandOption("--reference-date <YYYY-MM-DD>")]
    [Description("The date relative expressions resolve against. Default: the article's publishedAt, else now.")]
    public string? ReferenceDate { get; init; }

    [CommandOption("--json")]
    [Description("Print one JSON object per article, shaped like the stored document.")]
    public bool Json { get; init; }

    public DateOnly? ParsedReferenceDate =>
        ReferenceDate is null ? null : DateOnly.ParseExact(ReferenceDate, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public override ValidationResult Validate() =>
        ReferenceDate is not null && !DateOnly.TryParseExact(ReferenceDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? ValidationResult.Error($"--reference-date must be YYYY-MM-DD, got '{ReferenceDate}'.")
            : ValidationResult.Success();
}
