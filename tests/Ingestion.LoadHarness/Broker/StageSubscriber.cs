using System.Collections.Concurrent;
using System.Text.Json;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Ingestion.LoadHarness.Broker;

/// <summary>
/// With <c>--stages</c>: a queue of the harness's own bound to the two inner events, <c>ArticleDiscovered</c> and
/// <c>ArticleEnriched</c>, so that each article's time can be cut into stages (the watcher's publish, the engine, the
/// store's batch). It costs the broker two more deliveries per article, so it is off unless asked for.
/// </summary>
internal sealed class StageSubscriber : IAsyncDisposable
{
    private const string QueueName = "load-harness-stages";
    private static readonly string[] s_exchanges = ["Ingestion.Contracts:ArticleDiscovered", "Ingestion.Contracts:ArticleEnriched"];

    private readonly ConcurrentDictionary<string, InnerStages> _stages = new(StringComparer.Ordinal);
    private readonly IConnection _connection;
    private readonly IChannel _channel;

    private StageSubscriber(IConnection connection, IChannel channel)
    {
        _connection = connection;
        _channel = channel;
    }

    public static async Task<StageSubscriber> StartAsync(Uri virtualHost)
    {
        ConnectionFactory factory = new() { Uri = virtualHost, ClientProvidedName = "load-harness-stages" };
        IConnection connection = await factory.CreateConnectionAsync();
        IChannel channel = await connection.CreateChannelAsync(new CreateChannelOptions(false, false, consumerDispatchConcurrency: 1));
        await channel.QueueDeclareAsync(QueueName, durable: false, exclusive: true, autoDelete: true);
        foreach (string exchange in s_exchanges)
        {
            await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true, autoDelete: false);
            await channel.QueueBindAsync(QueueName, exchange, "");
        }

        await channel.BasicQosAsync(0, 500, false);
        StageSubscriber subscriber = new(connection, channel);
        AsyncEventingBasicConsumer consumer = new(channel);
        consumer.ReceivedAsync += async (_, delivery) =>
        {
            subscriber.Receive(delivery.Body.Span);
            await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false);
        };
        await channel.BasicConsumeAsync(QueueName, autoAck: false, consumer);
        return subscriber;
    }

    public InnerStages? Of(string articleId) => _stages.TryGetValue(articleId, out InnerStages? stages) ? stages : null;

    public async ValueTask DisposeAsync()
    {
        await _channel.DisposeAsync();
        await _connection.DisposeAsync();
    }

    private void Receive(ReadOnlySpan<byte> body)
    {
        Utf8JsonReader reader = new(body);
        using JsonDocument envelope = JsonDocument.ParseValue(ref reader);
        JsonElement root = envelope.RootElement;
        JsonElement message = root.GetProperty("message");
        string id = message.GetProperty("articleId").GetString() ?? "";
        DateTimeOffset sent = root.GetProperty("sentTime").GetDateTimeOffset();
        InnerStages stages = _stages.GetOrAdd(id, _ => new InnerStages());
        if (message.TryGetProperty("enrichedAt", out JsonElement enrichedAt))
        {
            stages.EnrichedAt = enrichedAt.GetDateTimeOffset();
            stages.EnrichedSentAt = sent;
        }
        else
        {
            stages.DiscoveredSentAt = sent;
        }
    }
}
