using System.Collections.Concurrent;
using MassTransit;

namespace Ingestion.ServiceDefaults.Messaging.Stalls;

/// <summary>
/// The durable queues this service consumes from, learnt from MassTransit as each receive endpoint becomes ready, so
/// the stall watchdog checks exactly the queues configured, whatever their names. An endpoint stopped on purpose (the
/// storage kill switch while the store is down, or shutdown) is set aside until it is ready again.
/// </summary>
public sealed class ReceiveQueueRegistry : IReceiveEndpointObserver
{
    private readonly ConcurrentDictionary<string, bool> _consuming = new(StringComparer.Ordinal);

    /// <summary>The queues whose endpoints should be consuming now.</summary>
    public IReadOnlyCollection<string> Consuming => [.. _consuming.Where(q => q.Value).Select(q => q.Key)];

    public Task Ready(ReceiveEndpointReady ready)
    {
        ArgumentNullException.ThrowIfNull(ready);
        Mark(ready.InputAddress, consuming: true);
        return Task.CompletedTask;
    }

    public Task Stopping(ReceiveEndpointStopping stopping)
    {
        ArgumentNullException.ThrowIfNull(stopping);
        Mark(stopping.InputAddress, consuming: false);
        return Task.CompletedTask;
    }

    public Task Completed(ReceiveEndpointCompleted completed) => Task.CompletedTask;

    public Task Faulted(ReceiveEndpointFaulted faulted) => Task.CompletedTask;

    /// <summary>
    /// The queue of a RabbitMQ endpoint address (its last path segment), or null for the bus's own temporary
    /// endpoint: that queue is deleted with its connection, so it cannot show a stall.
    /// </summary>
    public static string? QueueName(Uri inputAddress)
    {
        ArgumentNullException.ThrowIfNull(inputAddress);
        if (inputAddress.Query.Contains("temporary=true", StringComparison.OrdinalIgnoreCase)
            || inputAddress.Query.Contains("autodelete=true", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        string last = inputAddress.AbsolutePath.TrimEnd('/').Split('/')[^1];
        return last.Length == 0 ? null : Uri.UnescapeDataString(last);
    }

    private void Mark(Uri inputAddress, bool consuming)
    {
        if (QueueName(inputAddress) is { } queue)
        {
            _consuming[queue] = consuming;
        }
    }
}
