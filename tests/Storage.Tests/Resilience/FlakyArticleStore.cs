using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Ingestion.Storage.Persistence;
using Ingestion.Storage.Persistence.Querying;

namespace Ingestion.Storage.Tests.Resilience;

/// <summary>
/// An in-memory store whose writes fail on demand: the next N writes, or every write until N have been refused
/// (a store that is down for a while, counted in refusals rather than time, so tests need no clock).
/// </summary>
internal sealed class FlakyArticleStore : IArticleStore
{
    private readonly ConcurrentDictionary<string, ArticleDocument> _documents = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _announced = new(StringComparer.Ordinal);
    private int _failuresLeft;
    private int _writeAttempts;
    private int _refused;
    private Func<Exception> _failure = () => new TimeoutException("The store did not answer.");

    public string Kind => "flaky";

    public string Location => "memory";

    public int WriteAttempts => Volatile.Read(ref _writeAttempts);

    public int Refused => Volatile.Read(ref _refused);

    public int Count => _documents.Count;

    public bool Answers { get; set; } = true;

    /// <summary>Documents with this id always fail with <see cref="ArgumentException"/>: a message that can never be stored.</summary>
    public string? PoisonId { get; set; }

    /// <summary>The next <paramref name="count"/> writes throw what <paramref name="failure"/> makes.</summary>
    public void FailNext(int count, Func<Exception>? failure = null)
    {
        _failure = failure ?? _failure;
        Volatile.Write(ref _failuresLeft, count);
    }

    public Task InitializeAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<UpsertOutcome> UpsertAsync(ArticleDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        Interlocked.Increment(ref _writeAttempts);
        if (document.Id == PoisonId)
        {
            throw new ArgumentException($"Document {document.Id} is invalid.");
        }

        if (Interlocked.Decrement(ref _failuresLeft) >= 0)
        {
            Interlocked.Increment(ref _refused);
            throw _failure();
        }

        bool created = _documents.TryAdd(document.Id, document);
        if (!created)
        {
            _documents[document.Id] = document;
        }

        return Task.FromResult(created ? UpsertOutcome.Created : UpsertOutcome.Replaced);
    }

    public async Task<IReadOnlyList<UpsertOutcome>> UpsertManyAsync(IReadOnlyList<ArticleDocument> documents, CancellationToken cancellationToken)
    {
        // All or nothing, as the real stores: a poisoned batch writes none of its documents.
        if (documents.Any(d => d.Id == PoisonId))
        {
            Interlocked.Increment(ref _writeAttempts);
            throw new ArgumentException("The batch holds an invalid document.");
        }

        List<UpsertOutcome> outcomes = [];
        foreach (ArticleDocument document in documents)
        {
            outcomes.Add(await UpsertAsync(document, cancellationToken));
        }

        return outcomes;
    }

    public Task<IReadOnlyDictionary<string, string>> FindAnnouncedAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<string, string>>(ids.Where(_announced.ContainsKey).ToDictionary(id => id, id => _announced[id], StringComparer.Ordinal));

    public Task MarkAnnouncedAsync(IReadOnlyCollection<ArticleAnnouncement> announcements, CancellationToken cancellationToken)
    {
        foreach (ArticleAnnouncement announcement in announcements)
        {
            _announced[announcement.Id] = announcement.Revision;
        }

        return Task.CompletedTask;
    }

    public Task<ArticleDocument?> FindAsync(string id, CancellationToken cancellationToken) =>
        Task.FromResult(_documents.GetValueOrDefault(id));

    public Task<long> CountAsync(CancellationToken cancellationToken) => Task.FromResult((long)_documents.Count);

    public async IAsyncEnumerable<ArticleDocument> ExportAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (ArticleDocument document in _documents.Values.OrderBy(d => d.Id, StringComparer.Ordinal))
        {
            yield return document;
        }

        await Task.CompletedTask;
    }

    public Task<IReadOnlyList<ArticleDocument>> FindByEntityAsync(string text, string? type, int limit, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ArticleDocument>>([]);

    public Task<ArticleQueryPage> QueryAsync(ArticleQuery query, CancellationToken cancellationToken) =>
        Task.FromResult(new ArticleQueryPage([], query.Skip, query.Limit, HasMore: false));

    public Task<IReadOnlyList<StoredTiming>> StoredSinceAsync(DateTimeOffset since, int limit, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<StoredTiming>>([]);

    public Task<bool> PingAsync(CancellationToken cancellationToken) => Task.FromResult(Answers);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
