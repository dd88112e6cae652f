using System.ComponentModel;
using Spectre.Console.Cli;

namespace Ingestion.Cli.Commands.Articles;

public class ArticlesSettings : ConnectSettings
{
    [CommandOption("--articles <CONN>")]
    [Description("The store: a mongodb:// URI or a LiteDB connection string. Default: ConnectionStrings__Articles, else LiteDB in ./data/articles.db")]
    public string? Articles { get; init; }

    /// <summary>The option, else the same environment variable the services read, else the default of <c>ingest run</c>.</summary>
    public string ResolveConnectionString() =>
        Articles
        ?? Environment.GetEnvironmentVariable("ConnectionStrings__Articles")
        ?? $"Filename={Path.GetFullPath(Path.Combine("data", "articles.db"))};Connection=shared";
}
