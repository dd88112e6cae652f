using System.Text.Json;
using Ingestion.Cli.Connecting;
using Ingestion.Storage.Persistence;
using Spectre.Console.Cli;

namespace Ingestion.Cli.Commands.Articles;

public sealed class ShowArticleCommand : AsyncCommand<ShowSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ShowSettings settings, CancellationToken cancellationToken)
    {
        await using IArticleStore store = await ArticleStoreConnection.OpenForReadingAsync(settings.ResolveConnectionString(), settings.ConnectTimeout, cancellationToken).ConfigureAwait(false);
        ArticleDocument? document = await store.FindAsync(settings.Id, cancellationToken).ConfigureAwait(false);
        if (document is null)
        {
            await Console.Error.WriteLineAsync($"No article with id {settings.Id} in {store.Kind} {store.Location}.").ConfigureAwait(false);
            return 1;
        }

        Console.Out.WriteLine(JsonSerializer.Serialize(document, ArticleDocumentJson.Indented));
        return 0;
    }
}
