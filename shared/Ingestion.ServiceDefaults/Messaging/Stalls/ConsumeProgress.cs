using System.Collections.Concurrent;
using MassTransit;

namespace Ingestion.ServiceDefaults.Messaging.Stalls;

/// <summary>
/// Counts, per queue, the consume attempts that came to an end, succeeded or faulted: the in-process side of "is this
/// service still working its queues". MassTransit reports a fault only once the message's retries are spent, so a
/// consumer riding out a store outage in retries finishes nothing for minutes; the watchdog lets the failing store
/// check explain that, rather than counting it as a stall.
/// </summary>
public sealed class ConsumeProgress : IConsumeObserver
{
    private readonly ConcurrentDictionary<string, long> _finished = new(StringComparer.Ordinal);

    /// <summary>Consume attempts finished so far on this queue.</summary>
    public long Finished(string queue) => _finished.TryGetValue(queue, out long count) ? count : 0;

    public Task PreConsume<T>(ConsumeContext<T> context)
        where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context)
        where T : class => Count(context);

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception)
        where T : class => Count(context);

    private Task Count(ConsumeContext context)
    {
        if (context.ReceiveContext.InputAddress is { } address && ReceiveQueueRegistry.QueueName(address) is { } queue)
        {
            _finished.AddOrUpdate(queue, 1, (_, count) => count + 1);
        }

        return Task.CompletedTask;
    }
}
