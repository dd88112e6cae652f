using System.ComponentModel;
using Ingestion.Storage.Persistence.Querying;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Ingestion.Cli.Commands.Articles;

public sealed class FindSettings : ArticlesSettings
{
    [CommandOption("--entity <NAME>")]
    [Description("An entity's text or canonical name; Arabic compared folded (أ/إ/آ→ا, ى→ي, ة→ه, no diacritics or tatweel), Latin without case.")]
    public string? Entity { get; init; }

    [CommandOption("--type <TYPE>")]
    [Description("PER, ORG, LOC or MISC: with --entity the same mention has the type; alone, any mention of it.")]
    public string? Type { get; init; }

    [CommandOption("--date <FROM[..TO]>")]
    [Description("Days mentioned (resolved TIMEX3 values: a day, week or month) or of publication, e.g. 2024-03, 2024-03-01..2024-03-15, 2024-03.. .")]
    public string? Date { get; init; }

    [CommandOption("--agency <NAME>")]
    [Description("The dateline agency: name, abbreviation or Latin name (e.g. MENA, 'أ ش أ').")]
    public string? Agency { get; init; }

    [CommandOption("--language <CODE>")]
    [Description("The article's language, e.g. ar or en.")]
    public string? Language { get; init; }

    [CommandOption("--text <WORDS>")]
    [Description("Words that must all appear in the title or text.")]
    public string? Text { get; init; }

    [CommandOption("--skip <N>")]
    [Description("Articles to skip, for the next page. Default: 0.")]
    public int Skip { get; init; }

    [CommandOption("--limit <N>")]
    [Description("Articles per page, 1 to 500. Default: 20.")]
    public int Limit { get; init; } = ArticleQuery.DefaultLimit;

    [CommandOption("--json")]
    [Description("One JSON object: skip, limit, hasMore and the articles as 'articles export' prints them.")]
    public bool Json { get; init; }

    /// <summary>The validated query; throws <see cref="ArgumentException"/> or <see cref="FormatException"/> for a usage error.</summary>
    public ArticleQuery ToQuery() => new ArticleQuery
    {
        Entity = Entity,
        Type = Type,
        Dates = Date is null ? null : ArticleDateRange.Parse(Date),
        Agency = Agency,
        Language = Language,
        Text = Text,
        Skip = Skip,
        Limit = Limit,
    }.Validated();

    public override ValidationResult Validate()
    {
        try
        {
            _ = ToQuery();
            return ValidationResult.Success();
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException)
        {
            return ValidationResult.Error(ex.Message);
        }
    }
}
