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

    public async Task<IReadOnlyList<BrokerQueueCounts>> ReadAsync(IEnumerable<string> queues, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(queues);
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

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task<IConnection> ConnectAsync(CancellationToken cancellationToken)
    {
        if (_connection is { IsOpen: true })
        {
            return _connection;
        }

        if (_connection is not null)
        {
            await _connection.DisposeAsync().ConfigureAwait(false);
            _connection = null;
        }

        var factory = new ConnectionFactory
        {
            Uri = AmqpUri(broker),
            ClientProvidedName = "ingestion stall watchdog",
            AutomaticRecoveryEnabled = false,
            RequestedConnectionTimeout = TimeSpan.FromSeconds(5),
            ContinuationTimeout = TimeSpan.FromSeconds(5),
        };
        _connection = await factory.CreateConnectionAsync(cancellationToken).ConfigureAwait(false);
        return _connection;
    }

    /// <summary>RabbitMQ.Client reads only the amqp schemes; MassTransit also takes rabbitmq:// for the same thing.</summary>
    private static Uri AmqpUri(Uri address) => address.Scheme switch
    {
        "rabbitmq" => new UriBuilder(address) { Scheme = "amqp", Port = address.IsDefaultPort ? 5672 : address.Port }.Uri,
        "rabbitmqs" => new UriBuilder(address) { Scheme = "amqps", Port = address.IsDefaultPort ? 5671 : address.Port }.Uri,
        _ => address,
    };
}
