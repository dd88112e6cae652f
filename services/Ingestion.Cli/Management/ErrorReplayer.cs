using System.Text.Json.Nodes;

namespace Ingestion.Cli.Management;

/// <summary>
/// Moves messages from an error queue back to the queue they failed in (its name without <c>_error</c>), through the
/// management API: take a small batch, publish each message to the original queue and count it as moved only once
/// the broker says it was routed; a message that cannot be routed is published back to the error queue.
/// </summary>
public sealed class ErrorReplayer
{
    // Taken messages exist only in this process until republished; a small batch bounds what a crash could lose.
    public const int BatchSize = 10;

    private readonly RabbitMqManagementClient _client;

    public ErrorReplayer(RabbitMqManagementClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
    }

    public static string OriginalQueueOf(string errorQueue)
    {
        ArgumentNullException.ThrowIfNull(errorQueue);
        return errorQueue.EndsWith(QueueInfo.ErrorSuffix, StringComparison.Ordinal)
            ? errorQueue[..^QueueInfo.ErrorSuffix.Length]
            : throw new ArgumentException($"'{errorQueue}' is not an error queue (its name does not end in {QueueInfo.ErrorSuffix}).", nameof(errorQueue));
    }

    public async Task<ReplayResult> ReplayAsync(string errorQueue, CancellationToken cancellationToken)
    {
        string target = OriginalQueueOf(errorQueue);
        if (await _client.GetQueueAsync(errorQueue, cancellationToken).ConfigureAwait(false) is null)
        {
            return new ReplayResult(errorQueue, target, 0, 0, "no such queue");
        }

        if (await _client.GetQueueAsync(target, cancellationToken).ConfigureAwait(false) is null)
        {
            return new ReplayResult(errorQueue, target, 0, 0, $"queue '{target}' does not exist; start its service first");
        }

        // Only what is there when we start: a message that fails again while we replay, or one put back, comes in
        // behind and must not be taken a second time, or a poisoned message would loop. The first get tells exactly
        // how many there are (the queue statistics lag by seconds).
        long? budget = null;
        int moved = 0;
        int putBack = 0;
        while ((budget is null || moved + putBack < budget) && !cancellationToken.IsCancellationRequested)
        {
            int count = budget is null ? BatchSize : (int)Math.Min(BatchSize, budget.Value - moved - putBack);
            IReadOnlyList<QueueMessage> batch = await _client.GetMessagesAsync(errorQueue, count, remove: true, CancellationToken.None).ConfigureAwait(false);
            if (batch.Count == 0)
            {
                break;
            }

            budget ??= batch.Count + batch[^1].MessageCount;
            foreach (QueueMessage message in batch)
            {
                // Once taken, a message is finished even if Ctrl+C was pressed: it must not be left in limbo.
                if (await TryPublishAsync(target, WithoutFault(message)).ConfigureAwait(false))
                {
                    moved++;
                }
                else
                {
                    await PutBackAsync(errorQueue, message).ConfigureAwait(false);
                    putBack++;
                }
            }
        }

        return new ReplayResult(errorQueue, target, moved, putBack);
    }

    private async Task<bool> TryPublishAsync(string queue, QueueMessage message)
    {
        try
        {
            return await _client.PublishAsync(queue, message, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            // Unknown outcome: putting it back may duplicate it, which the consumers' idempotency absorbs; losing it
            // would not be absorbed by anything.
            return false;
        }
    }

    private async Task PutBackAsync(string errorQueue, QueueMessage message)
    {
        if (!await _client.PublishAsync(errorQueue, message, CancellationToken.None).ConfigureAwait(false))
        {
            throw new InvalidOperationException(
                $"Message {message.MessageId ?? "(no id)"} could be routed neither to its queue nor back to '{errorQueue}'; its payload: {message.PayloadText()}");
        }
    }

    /// <summary>The message with MassTransit's fault headers removed, so a second failure reports only itself.</summary>
    private static QueueMessage WithoutFault(QueueMessage message)
    {
        var properties = (JsonObject)message.Properties.DeepClone();
        if (properties["headers"] is JsonObject headers)
        {
            foreach (string name in headers.Select(h => h.Key).Where(IsFaultHeader).ToList())
            {
                headers.Remove(name);
            }
        }

        return message with { Properties = properties };
    }

    private static bool IsFaultHeader(string name) =>
        name.StartsWith("MT-Fault-", StringComparison.Ordinal) || name == "MT-Reason";
}
