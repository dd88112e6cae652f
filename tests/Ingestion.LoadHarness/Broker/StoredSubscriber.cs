using System.Collections.Concurrent;
using System.Text.Json;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Ingestion.LoadHarness.Broker;

/// <summary>
/// A plain AMQP subscriber to <c>ArticleStored</c> on a queue of its own, as any downstream consumer would be: it
/// counts each article once and keeps the times the latency figures come from.
/// </summary>
internal sealed class StoredSubscriber : IAsyncDisposable
{
    public const string Exchange = "Ingestion.Contracts:ArticleStored";
    private const string QueueName = "load-harness-stored";

    private readonly ConcurrentDictionary<string, StoredArticle> _stored = new(StringComparer.Ordinal);
    private readonly IConnection _connection;
    private readonly IChannel _channel;
    private int _events;

    private StoredSubscriber(IConnection connection, IChannel channel)
    {
        _connection = connection;
        _channel = channel;
    }

    public int Count => _stored.Count;

    /// <summary>Events received, duplicates included.</summary>
    public int Events => Volatile.Read(ref _events);

    public IReadOnlyCollection<StoredArticle> Stored => [.. _stored.Values];

    public static async Task<StoredSubscriber> StartAsync(Uri virtualHost, Func<string, DateTimeOffset?> droppedAt)
    {
        ConnectionFactory factory = new() { Uri = virtualHost, ClientProvidedName = "load-harness-subscriber" };
        IConnection connection = await factory.CreateConnectionAsync();
        IChannel channel = await connection.CreateChannelAsync(new CreateChannelOptions(false, false, consumerDispatchConcurrency: 1));

        // Declared as MassTransit declares it, so whichever side comes first the other finds it the same.
        await channel.ExchangeDeclareAsync(Exchange, ExchangeType.Fanout, durable: true, autoDelete: false);
        await channel.QueueDeclareAsync(QueueName, durable: false, exclusive: true, autoDelete: true);
        await channel.QueueBindAsync(QueueName, Exchange, "");
        await channel.BasicQosAsync(0, 500, false);

        StoredSubscriber subscriber = new(connection, channel);
        AsyncEventingBasicConsumer consumer = new(channel);
        consumer.ReceivedAsync += async (_, delivery) =>
        {
            subscriber.Receive(delivery.Body.Span, droppedAt);
            await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false);
        };
        await channel.BasicConsumeAsync(QueueName, autoAck: false, consumer);
        return subscriber;
    }

    public async ValueTask DisposeAsync()
    {
        await _channel.DisposeAsync();
        await _connection.DisposeAsync();
    }

    private void Receive(ReadOnlySpan<byte> body, Func<string, DateTimeOffset?> droppedAt)
    {
        DateTimeOffset now = DateTimeOffset.UtcNow;
        Interlocked.Increment(ref _events);
        Utf8JsonReader reader = new(body);
        using JsonDocument envelope = JsonDocument.ParseValue(ref reader);
        JsonElement message = envelope.RootElement.GetProperty("message");
        DateTimeOffset? announcedAt = envelope.RootElement.TryGetProperty("sentTime", out JsonElement sent) ? sent.GetDateTimeOffset() : null;
        string id = message.GetProperty("articleId").GetString() ?? "";
        string fileName = message.GetProperty("fileName").GetString() ?? "";
        _stored.TryAdd(id, new StoredArticle(
            id,
            fileName,
            message.GetProperty("receivedAt").GetDateTimeOffset(),
            message.GetProperty("storedAt").GetDateTimeOffset(),
            droppedAt(fileName),
            now) { AnnouncedAt = announcedAt });
    }
}
