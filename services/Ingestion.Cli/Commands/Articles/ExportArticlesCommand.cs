using System.Text.Json;
using Ingestion.Cli.Connecting;
using Ingestion.Storage.Persistence;
using Spectre.Console.Cli;

namespace Ingestion.Cli.Commands.Articles;

/// <summary>Streams every document to standard output as JSON lines, for <c>jq</c> and friends.</summary>
public sealed class ExportArticlesCommand : AsyncCommand<ExportSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ExportSettings settings, CancellationToken cancellationToken)
    {
        await using IArticleStore store = await ArticleStoreConnection.OpenForReadingAsync(settings.ResolveConnectionString(), settings.ConnectTimeout, cancellationToken).ConfigureAwait(false);
        using Stream stdout = Console.OpenStandardOutput();
        await using var writer = new StreamWriter(stdout, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
        await foreach (ArticleDocument document in store.ExportAsync(cancellationToken).ConfigureAwait(false))
        {
            await writer.WriteLineAsync(JsonSerializer.Serialize(document, ArticleDocumentJson.Options)).ConfigureAwait(false);
        }

        return 0;
    }
}
