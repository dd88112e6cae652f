using Ingestion.Contracts;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Ingestion.FeedWatcher.Ledger;

/// <summary>Asks the storage service which of these articles it holds: one request and one answer for many ids.</summary>
public sealed class StoredArticleQuery(IClientFactory clients, IOptions<RepublishOptions> options)
{
    // The factory's client is a singleton's to keep: the container's IRequestClient is scoped.
    private readonly IRequestClient<FindStoredArticles> _client = clients.CreateRequestClient<FindStoredArticles>(RequestTimeout.After(ms: (int)options.Value.StoredQueryTimeout.TotalMilliseconds));

    /// <summary>The ids the store holds and has announced.</summary>
    /// <exception cref="RequestTimeoutException">The storage service did not answer in time.</exception>
    public async Task<IReadOnlyList<string>> FindStoredAsync(IReadOnlyList<string> articleIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        if (articleIds.Count == 0)
        {
            return [];
        }

        Response<StoredArticlesFound> response = await _client
            .GetResponse<StoredArticlesFound>(new FindStoredArticles { ArticleIds = articleIds }, cancellationToken)
            .ConfigureAwait(false);
        return response.Message.ArticleIds;
    }
}
