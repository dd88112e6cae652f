using Ingestion.Storage.Persistence;
using Spectre.Console.Cli;

namespace Ingestion.Cli.Commands.Articles;

public sealed class CountArticlesCommand : AsyncCommand<ArticlesSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ArticlesSettings settings, CancellationToken cancellationToken)
    {
        await using IArticleStore store = ArticleStoreFactory.Create(settings.ResolveConnectionString());
        Console.Out.WriteLine(await store.CountAsync(cancellationToken).ConfigureAwait(false));
        return 0;
    }
}
