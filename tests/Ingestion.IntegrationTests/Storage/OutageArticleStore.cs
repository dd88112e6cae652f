using System.Collections.Concurrent;
using Ingestion.Storage.Persistence;

namespace Ingestion.IntegrationTests.Storage;

/// <summary>An in-memory store that the test takes down and brings back: while down every write times out.</summary>
internal sealed class OutageArticleStore : IArticleStore
{
    private readonly ConcurrentDictionary<string, ArticleDocument> _documents = new(StringComparer.Ordinal);
    private int _refused;

    public volatile bool Down;

    public string Kind => "outage";

    public string Location => "memory";

    public int Count => _documents.Count;

    public int Refused => Volatile.Read(ref _refused);

    public Task InitializeAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<UpsertOutcome> UpsertAsync(ArticleDocument document, CancellationToken cancellationToken)
    {
        if (Down)
        {
            Interlocked.Increment(ref _refused);
            throw new TimeoutException("A timeout occurred after 30000ms selecting a server.");
        }

        return Task.FromResult(_documents.TryAdd(document.Id, document) ? UpsertOutcome.Created : UpsertOutcome.Replaced);
    }

    public Task<IReadOnlyList<UpsertOutcome>> UpsertManyAsync(IReadOnlyList<ArticleDocument> documents, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<ArticleDocument?> FindAsync(string id, CancellationToken cancellationToken) => Task.FromResult(_documents.GetValueOrDefault(id));

    public Task<long> CountAsync(CancellationToken cancellationToken) => Task.FromResult((long)_documents.Count);

    public IAsyncEnumerable<ArticleDocument> ExportAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<ArticleDocument>> FindByEntityAsync(string text, string? type, int limit, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<bool> PingAsync(CancellationToken cancellationToken) => Task.FromResult(!Down);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
