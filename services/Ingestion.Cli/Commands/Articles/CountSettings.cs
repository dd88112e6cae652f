using System.ComponentModel;
using Spectre.Console.Cli;

namespace Ingestion.Cli.Commands.Articles;

public sealed class CountSettings : ArticlesSettings
{
    [CommandOption("--json")]
    [Description("Print {\"count\": N, \"store\": KIND, \"location\": WHERE}.")]
    public bool Json { get; init; }
}
