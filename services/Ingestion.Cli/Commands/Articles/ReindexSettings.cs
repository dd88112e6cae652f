using System.ComponentModel;
using Spectre.Console.Cli;

namespace Ingestion.Cli.Commands.Articles;

public sealed class ReindexSettings : ArticlesSettings
{
    [CommandOption("--all")]
    [Description("Rewrite every document's search keys, not only those of documents stored without them.")]
    public bool All { get; init; }
}
