using Ingestion.Storage.Persistence;

namespace Ingestion.Storage.Tests.Consumers;

/// <summary>Counts the ids the consumer looks up in the announcement marks.</summary>
internal sealed class MarkLookupCountingStore(IArticleStore inner) : DelegatingArticleStore(inner)
{
    private int _ids;

    public int IdsLookedUp => Volatile.Read(ref _ids);

    public override Task<IReadOnlyDictionary<string, string>> FindAnnouncedAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        Interlocked.Add(ref _ids, ids.Count);
        return base.FindAnnouncedAsync(ids, cancellationToken);
    }
}
