using Ingestion.Contracts;
using Ingestion.Storage.Persistence;
using MassTransit;

namespace Ingestion.Storage.Consumers;

/// <summary>
/// Answers the feed-watcher's <see cref="FindStoredArticles"/>: which of these ids the store holds and has announced.
/// One query of the announcement marks per request (the same lookup the storage consumer makes for each batch), so the
/// watcher learns what was stored with one message per sweep instead of one <see cref="ArticleStored"/> per article.
/// </summary>
public sealed class FindStoredArticlesConsumer(IArticleStore store, TimeProvider time) : IConsumer<FindStoredArticles>
{
    public async Task Consume(ConsumeContext<FindStoredArticles> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        string[] asked = [.. context.Message.ArticleIds.Distinct(StringComparer.Ordinal)];
        IReadOnlyDictionary<string, string> announced = await store.FindAnnouncedAsync(asked, context.CancellationToken).ConfigureAwait(false);
        await context.RespondAsync(new StoredArticlesFound
        {
            ArticleIds = [.. asked.Where(announced.ContainsKey)],
            AnsweredAt = time.GetUtcNow(),
        }).ConfigureAwait(false);
    }
}
