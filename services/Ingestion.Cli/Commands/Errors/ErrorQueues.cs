using Ingestion.Cli.Management;

namespace Ingestion.Cli.Commands.Errors;

/// <summary>Which error queues a command works on: the one named (with or without <c>_error</c>), or all of them.</summary>
public static class ErrorQueues
{
    public static string Named(string queue)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(queue);
        return queue.EndsWith(QueueInfo.ErrorSuffix, StringComparison.Ordinal) ? queue : queue + QueueInfo.ErrorSuffix;
    }

    public static async Task<IReadOnlyList<string>> SelectAsync(RabbitMqManagementClient client, string? queue, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        if (queue is not null)
        {
            return [Named(queue)];
        }

        IReadOnlyList<QueueInfo> queues = await client.GetQueuesAsync(cancellationToken).ConfigureAwait(false);
        return [.. queues.Where(q => q.IsErrorQueue).Select(q => q.Name).Order(StringComparer.Ordinal)];
    }
}
