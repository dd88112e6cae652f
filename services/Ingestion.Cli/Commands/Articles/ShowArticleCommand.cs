using System.Text.Json;
using Ingestion.Storage.Persistence;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Ingestion.Cli.Commands.Articles;

public sealed class ShowArticleCommand : AsyncCommand<ShowSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ShowSettings settings, CancellationToken cancellationToken)
    {
        await using IArticleStore store = ArticleStoreFactory.Create(settings.ResolveConnectionString());
        ArticleDocument? document = await store.FindAsync(settings.Id, cancellationToken).ConfigureAwait(false);
        if (document is null)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]No article with id {settings.Id}.[/]");
            return 1;
        }

        Console.Out.WriteLine(JsonSerializer.Serialize(document, ArticleDocumentJson.Indented));
        return 0;
    }
}
