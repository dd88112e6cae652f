using System.ComponentModel;
using Spectre.Console.Cli;

namespace Ingestion.Cli.Commands.Articles;

public sealed class ShowSettings : ArticlesSettings
{
    [CommandArgument(0, "<ID>")]
    [Description("The article id, as printed by 'ingest run' or export.")]
    public string Id { get; init; } = string.Empty;
}
