using System.Collections.Concurrent;
using Ingestion.Contracts;
using MassTransit;

namespace Ingestion.FeedWatcher.Tests.Ledger;

/// <summary>
/// Stands in for the storage service's side of <see cref="FindStoredArticles"/>: answers from the ids a test put in
/// <see cref="Held"/>, and counts the requests.
/// </summary>
public sealed class FakeStore
{
    public ConcurrentDictionary<string, byte> Held { get; } = new(StringComparer.Ordinal);

    public int Requests => _requests;

    /// <summary>When set, the store does not answer (the storage service is down).</summary>
    public bool Silent { get; set; }

    private int _requests;

    public void Hold(string articleId) => Held[articleId] = 0;

    internal void Asked() => Interlocked.Increment(ref _requests);

    /// <summary>The consumer the test bus registers.</summary>
    public sealed class Responder(FakeStore store) : IConsumer<FindStoredArticles>
    {
        public async Task Consume(ConsumeContext<FindStoredArticles> context)
        {
            ArgumentNullException.ThrowIfNull(context);
            store.Asked();
            if (store.Silent)
            {
                return;
            }

            await context.RespondAsync(new StoredArticlesFound
            {
                ArticleIds = [.. context.Message.ArticleIds.Where(store.Held.ContainsKey)],
                AnsweredAt = DateTimeOffset.UtcNow,
            });
        }
    }
}
