using Ingestion.Cli.Connecting;
using Ingestion.Storage.Persistence;
using Spectre.Console.Cli;

namespace Ingestion.Cli.Commands.Articles;

/// <summary>
/// Gives documents stored before the search keys existed their keys, so that <c>ingest articles find</c> and the
/// status page find them: each is read and written back unchanged, and the store adds the keys on the write.
/// </summary>
public sealed class ReindexArticlesCommand : AsyncCommand<ReindexSettings>
{
    private const int BatchSize = 256;

    public override async Task<int> ExecuteAsync(CommandContext context, ReindexSettings settings, CancellationToken cancellationToken)
    {
        await using IArticleStore store = await ArticleStoreConnection.OpenForReadingAsync(settings.ResolveConnectionString(), settings.ConnectTimeout, cancellationToken).ConfigureAwait(false);
        await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
        long read = 0, written = 0;
        List<ArticleDocument> batch = new(BatchSize);
        await foreach (ArticleDocument document in store.ExportAsync(cancellationToken).ConfigureAwait(false))
        {
            read++;
            if (settings.All || document.Search is null)
            {
                batch.Add(document);
            }

            if (batch.Count == BatchSize)
            {
                written += await WriteAsync(store, batch, cancellationToken).ConfigureAwait(false);
            }
        }

        written += await WriteAsync(store, batch, cancellationToken).ConfigureAwait(false);
        Console.Out.WriteLine($"Read {read} article(s), wrote the search keys of {written}.");
        return 0;
    }

    private static async Task<int> WriteAsync(IArticleStore store, List<ArticleDocument> batch, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return 0;
        }

        await store.UpsertManyAsync([.. batch], cancellationToken).ConfigureAwait(false);
        int count = batch.Count;
        batch.Clear();
        return count;
    }
}
