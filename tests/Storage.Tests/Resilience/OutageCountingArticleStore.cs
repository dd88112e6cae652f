using Ingestion.Storage.Persistence;
using Ingestion.Storage.Resilience;

namespace Ingestion.Storage.Tests.Resilience;

/// <summary>Sits where the consumer calls the store and counts the writes that reached it as an outage, past the pipeline.</summary>
internal sealed class OutageCountingArticleStore(IArticleStore inner) : DelegatingArticleStore(inner)
{
    private int _outages;

    public int Outages => Volatile.Read(ref _outages);

    public override async Task<UpsertOutcome> UpsertAsync(ArticleDocument document, CancellationToken cancellationToken)
    {
        try
        {
            return await Inner.UpsertAsync(document, cancellationToken);
        }
        catch (Exception ex) when (StoreFailures.IsOutage(ex))
        {
            Interlocked.Increment(ref _outages);
            throw;
        }
    }

    public override async Task<IReadOnlyList<UpsertOutcome>> UpsertManyAsync(IReadOnlyList<ArticleDocument> documents, CancellationToken cancellationToken)
    {
        try
        {
            return await Inner.UpsertManyAsync(documents, cancellationToken);
        }
        catch (Exception ex) when (StoreFailures.IsOutage(ex))
        {
            Interlocked.Increment(ref _outages);
            throw;
        }
    }
}
