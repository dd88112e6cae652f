using System.Text.Json;
using Ingestion.Cli.Connecting;
using Ingestion.Storage.Persistence;
using Spectre.Console.Cli;

namespace Ingestion.Cli.Commands.Articles;

public sealed class CountArticlesCommand : AsyncCommand<CountSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, CountSettings settings, CancellationToken cancellationToken)
    {
        await using IArticleStore store = await ArticleStoreConnection.OpenForReadingAsync(settings.ResolveConnectionString(), settings.ConnectTimeout, cancellationToken).ConfigureAwait(false);
        long count = await store.CountAsync(cancellationToken).ConfigureAwait(false);
        Console.Out.WriteLine(settings.Json
            ? JsonSerializer.Serialize(new { count, store = store.Kind, location = store.Location })
            : count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return 0;
    }
}
