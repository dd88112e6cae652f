using Ingestion.Cli.Management;

namespace Ingestion.Cli.Commands.Errors;

/// <summary>Peeks at error queues without taking anything: the messages are requeued as the API hands them out.</summary>
public static class ErrorQueueReader
{
    public static async Task<IReadOnlyList<FaultedMessage>> PeekAsync(RabbitMqManagementClient client, IEnumerable<string> errorQueues, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(errorQueues);
        var faulted = new List<FaultedMessage>();
        foreach (string queue in errorQueues)
        {
            // Existence only: the queue's counts lag by seconds, the get below is exact.
            if (await client.GetQueueAsync(queue, cancellationToken).ConfigureAwait(false) is null)
            {
                continue;
            }

            IReadOnlyList<QueueMessage> messages = await client.GetMessagesAsync(queue, limit, remove: false, cancellationToken).ConfigureAwait(false);
            faulted.AddRange(messages.Select(m => FaultedMessage.From(queue, m)));
        }

        return faulted;
    }
}
