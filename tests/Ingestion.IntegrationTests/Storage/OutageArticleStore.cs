using System.Collections.Concurrent;
using Ingestion.Storage.Persistence;
using Ingestion.Storage.Persistence.Querying;

namespace Ingestion.IntegrationTests.Storage;

/// <summary>An in-memory store that the test takes down and brings back: while down every write times out.</summary>
internal sealed class OutageArticleStore : IArticleStore
{
    private readonly ConcurrentDictionary<string, ArticleDocument> _documents = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _announced = new(StringComparer.Ordinal);
    private int _refused;

    public volatile bool Down;

    public string Kind => "outage";

    public string Location => "memory";

    public int Count => _documents.Count;

    public int Refused => Volatile.Read(ref _refused);

    public Task InitializeAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<UpsertOutcome> UpsertAsync(ArticleDocument document, CancellationToken cancellationToken)
    {
        ThrowIfDown();
        return Task.FromResult(_documents.TryAdd(document.Id, document) ? UpsertOutcome.Created : UpsertOutcome.Replaced);
    }

    public Task<IReadOnlyList<UpsertOutcome>> UpsertManyAsync(IReadOnlyList<ArticleDocument> documents, CancellationToken cancellationToken)
    {
        ThrowIfDown();
        return Task.FromResult<IReadOnlyList<UpsertOutcome>>([.. documents.Select(d => _documents.TryAdd(d.Id, d) ? UpsertOutcome.Created : UpsertOutcome.Replaced)]);
    }

    public Task<IReadOnlyDictionary<string, string>> FindAnnouncedAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        ThrowIfDown();
        return Task.FromResult<IReadOnlyDictionary<string, string>>(ids.Where(_announced.ContainsKey).ToDictionary(id => id, id => _announced[id], StringComparer.Ordinal));
    }

    public Task MarkAnnouncedAsync(IReadOnlyCollection<ArticleAnnouncement> announcements, CancellationToken cancellationToken)
    {
        ThrowIfDown();
        foreach (ArticleAnnouncement announcement in announcements)
        {
            _announced[announcement.Id] = announcement.Revision;
        }

        return Task.CompletedTask;
    }

    public Task<ArticleDocument?> FindAsync(string id, CancellationToken cancellationToken) => Task.FromResult(_documents.GetValueOrDefault(id));

    public Task<long> CountAsync(CancellationToken cancellationToken) => Task.FromResult((long)_documents.Count);

    public IAsyncEnumerable<ArticleDocument> ExportAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<ArticleDocument>> FindByEntityAsync(string text, string? type, int limit, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<ArticleQueryPage> QueryAsync(ArticleQuery query, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<IReadOnlyList<StoredTiming>> StoredSinceAsync(DateTimeOffset since, int limit, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<bool> PingAsync(CancellationToken cancellationToken) => Task.FromResult(!Down);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private void ThrowIfDown()
    {
        if (Down)
        {
            Interlocked.Increment(ref _refused);
            throw new TimeoutException("A timeout occurred after 30000ms selecting a server.");
        }
    }
}
