using MassTransit;

namespace Ingestion.IntegrationTests.Storage;

/// <summary>What the test sees of the storage endpoint: faults published, and each stop and start of the endpoint.</summary>
public sealed class StorageEndpointEvents : IReceiveEndpointObserver
{
    private int _faults;
    private int _ready;
    private int _stopped;

    public int Faults => Volatile.Read(ref _faults);

    /// <summary>Times <c>article-enriched</c> became ready: once at start, then once per restart.</summary>
    public int Starts => Volatile.Read(ref _ready);

    public int Stopped => Volatile.Read(ref _stopped);

    public void CountFault() => Interlocked.Increment(ref _faults);

    public Task Ready(ReceiveEndpointReady ready)
    {
        if (IsStorage(ready.InputAddress))
        {
            Interlocked.Increment(ref _ready);
        }

        return Task.CompletedTask;
    }

    public Task Stopping(ReceiveEndpointStopping stopping) => Task.CompletedTask;

    public Task Completed(ReceiveEndpointCompleted completed)
    {
        if (IsStorage(completed.InputAddress))
        {
            Interlocked.Increment(ref _stopped);
        }

        return Task.CompletedTask;
    }

    public Task Faulted(ReceiveEndpointFaulted faulted) => Task.CompletedTask;

    private static bool IsStorage(Uri address) => address.AbsolutePath.EndsWith("/article-enriched", StringComparison.Ordinal);
}
