using System.Globalization;
using System.Text.Json;
using Ingestion.Cli.Connecting;
using Ingestion.Storage.Persistence;
using Ingestion.Storage.Persistence.Querying;
using Spectre.Console.Cli;

namespace Ingestion.Cli.Commands.Articles;

/// <summary>
/// Finds stored articles by entity, type, date, agency, language and words, through the store's search indexes; a
/// page at a time, newest stored first.
/// </summary>
public sealed class FindArticlesCommand : AsyncCommand<FindSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, FindSettings settings, CancellationToken cancellationToken)
    {
        ArticleQuery query = settings.ToQuery();
        await using IArticleStore store = await ArticleStoreConnection.OpenForReadingAsync(settings.ResolveConnectionString(), settings.ConnectTimeout, cancellationToken).ConfigureAwait(false);
        ArticleQueryPage page = await store.QueryAsync(query, cancellationToken).ConfigureAwait(false);
        TextWriter output = Console.Out;
        if (settings.Json)
        {
            output.WriteLine(JsonSerializer.Serialize(new { page.Skip, page.Limit, page.HasMore, page.Articles }, ArticleDocumentJson.Options));
            return 0;
        }

        foreach (ArticleDocument document in page.Articles)
        {
            output.WriteLine(FoundArticleLine.For(document, query));
        }

        int last = page.Skip + page.Articles.Count;
        output.WriteLine(page.Articles.Count == 0
            ? "No article found."
            : string.Create(CultureInfo.InvariantCulture, $"Articles {page.Skip + 1}–{last}{(page.HasMore ? $"; more with --skip {last}" : string.Empty)}."));
        return 0;
    }
}
