using System.Threading.Channels;

namespace Ingestion.FeedWatcher.Ledger;

/// <summary>
/// Records published articles in the ledger for all the files being published at once: each file hands its entries
/// over and waits; one writer takes everything handed over meanwhile and writes it in one transaction. Thirty-two
/// files each writing their own entries queued on the collection's lock (four tenths of the watcher's thread time in
/// the load harness's profile); one writer does not wait for anyone. A file still leaves the feed only after its
/// entries are durable.
/// </summary>
public sealed class PublishedRecorder : IDisposable
{
    private readonly IntakeLedger _ledger;
    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _writer;

    public PublishedRecorder(IntakeLedger ledger)
    {
        _ledger = ledger;
        _writer = Task.Run(WriteAsync);
    }

    /// <summary>Completes once the entries are written; throws what the write threw.</summary>
    public Task RecordAsync(IReadOnlyCollection<LedgerEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (entries.Count == 0)
        {
            return Task.CompletedTask;
        }

        var pending = new Pending(entries, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        return _queue.Writer.TryWrite(pending) ? pending.Done.Task : Task.FromException(new ObjectDisposedException(nameof(PublishedRecorder)));
    }

    public void Dispose()
    {
        _queue.Writer.TryComplete();
        _writer.Wait(TimeSpan.FromSeconds(10));
    }

    private async Task WriteAsync()
    {
        var batch = new List<Pending>();
        while (await _queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            batch.Clear();
            while (_queue.Reader.TryRead(out Pending? pending))
            {
                batch.Add(pending);
            }

            try
            {
                _ledger.AddPublished([.. batch.SelectMany(pending => pending.Entries)]);
                batch.ForEach(pending => pending.Done.SetResult());
            }
            catch (Exception ex)
            {
                batch.ForEach(pending => pending.Done.SetException(ex));
            }
        }
    }

    private sealed record Pending(IReadOnlyCollection<LedgerEntry> Entries, TaskCompletionSource Done);
}
