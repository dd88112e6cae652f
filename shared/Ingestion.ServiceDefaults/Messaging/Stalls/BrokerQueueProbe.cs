using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Ingestion.ServiceDefaults.Messaging.Stalls;

/// <summary>
/// Asks the broker, on a connection of its own, how many messages and consumers each queue has (a passive declare,
/// which changes nothing). Separate from MassTransit's connection on purpose: it must see what the broker sees even
/// when that connection is wedged.
/// </summary>
public sealed class BrokerQueueProbe(Uri broker) : IAsyncDisposable
{
    private IConnection? _connection;

    // The probe must never hang the watchdog the way the wedge it looks for hangs MassTransit.
    private static readonly TimeSpan s_readLimit = TimeSpan.FromSeconds(15);

    /// <summary>The counts of each queue that exists; throws when the broker does not answer within 15 s.</summary>
    public async Task<IReadOnlyList<BrokerQueueCounts>> ReadAsync(IEnumerable<string> queues, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(queues);
        try
        {
            return await ReadOnceAsync([.. queues], cancellationToken).WaitAsync(s_readLimit, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            Abandon();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync().AsTask().WaitAsync(s_readLimit).ConfigureAwait(false);
        }
    }

    private async Task<IReadOnlyList<BrokerQueueCounts>> ReadOnceAsync(IReadOnlyList<string> queues, CancellationToken cancellationToken)
    {
        IConnection connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        var states = new List<BrokerQueueCounts>();
        foreach (string queue in queues)
        {
            // A passive declare of a missing queue closes its channel: one channel per queue keeps the others readable.
            await using IChannel channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            try
            {
                QueueDeclareOk ok = await channel.QueueDeclarePassiveAsync(queue, cancellationToken).ConfigureAwait(false);
                states.Add(new BrokerQueueCounts(queue, ok.MessageCount, ok.ConsumerCount));
            }
            catch (OperationInterruptedException)
            {
                // Not declared (yet): nothing can wait in it.
            }
        }

        return states;
    }

    private async Task<IConnection> ConnectAsync(CancellationToken cancellationToken)
    {
        if (_connection is { IsOpen: true })
        {
            return _connection;
        }

        Abandon();

        var factory = new ConnectionFactory
        {
            Uri = RabbitMqAddress.ToAmqp(broker),
            ClientProvidedName = "ingestion stall watchdog",
            AutomaticRecoveryEnabled = false,
            RequestedConnectionTimeout = TimeSpan.FromSeconds(5),
            ContinuationTimeout = TimeSpan.FromSeconds(5),
        };
        _connection = await factory.CreateConnectionAsync(cancellationToken).ConfigureAwait(false);
        return _connection;
    }

    /// <summary>
    /// Drops the connection without waiting for its close: closing a connection the broker already dropped can wait for
    /// good in RabbitMQ.Client 7.2.2, the very wedge this probe is there to see.
    /// </summary>
    private void Abandon()
    {
        IConnection? connection = Interlocked.Exchange(ref _connection, null);
        if (connection is not null)
        {
            _ = Task.Run(async () => await connection.DisposeAsync().ConfigureAwait(false));
        }
    }
}
