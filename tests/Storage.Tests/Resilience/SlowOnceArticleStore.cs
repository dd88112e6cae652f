using Ingestion.Storage.Persistence;

namespace Ingestion.Storage.Tests.Resilience;

/// <summary>A store whose first write never answers until it is cancelled; later writes go to the inner store.</summary>
internal sealed class SlowOnceArticleStore(IArticleStore inner) : DelegatingArticleStore(inner)
{
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public override async Task<UpsertOutcome> UpsertAsync(ArticleDocument document, CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref _calls) == 1)
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
        }

        return await Inner.UpsertAsync(document, cancellationToken);
    }

    // The test owns the inner store and disposes it.
    public override ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
