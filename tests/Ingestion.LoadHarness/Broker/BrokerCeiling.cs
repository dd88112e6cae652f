using System.Diagnostics;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Ingestion.LoadHarness.Broker;

/// <summary>
/// The broker's own ceiling for the pipeline's shape: messages of the pipeline's size, persistent and confirmed, through
/// three hops (publish → q1 → relay → q2 → relay → q3 → consume), with plain RabbitMQ.Client and no serialization. The
/// chain's rate is what the pipeline, which also makes three hops per article, is compared with.
/// </summary>
internal static class BrokerCeiling
{
    private const int PublishWindow = 256;
    private const ushort Prefetch = 200;
    private const ushort RelayConcurrency = 64;
    private static readonly TimeSpan s_stallTimeout = TimeSpan.FromSeconds(30);

    public static async Task<CeilingResult> MeasureAsync(Uri virtualHost, int messages, int messageBytes, Action<int> progress, CancellationToken cancellationToken)
    {
        // No heartbeats: on a starved machine (load 15 on 2 cores) a missed beat closed the connection mid-measure, and
        // a local broker that goes away is seen by the socket anyway.
        ConnectionFactory factory = new() { Uri = virtualHost, ClientProvidedName = "load-harness-ceiling", RequestedHeartbeat = TimeSpan.Zero };
        await using IConnection connection = await factory.CreateConnectionAsync(cancellationToken);
        string[] queues = ["ceiling-1", "ceiling-2", "ceiling-3"];
        await using (IChannel setup = await connection.CreateChannelAsync(cancellationToken: cancellationToken))
        {
            foreach (string queue in queues)
            {
                await setup.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false, cancellationToken: cancellationToken);
                await setup.QueuePurgeAsync(queue, cancellationToken);
            }
        }

        List<IChannel> channels = [];
        try
        {
            for (int hop = 0; hop < 2; hop++)
            {
                channels.AddRange(await StartRelayAsync(connection, queues[hop], queues[hop + 1], cancellationToken));
            }

            int received = 0;
            TaskCompletionSource done = new(TaskCreationOptions.RunContinuationsAsynchronously);
            IChannel sink = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
            channels.Add(sink);
            await sink.BasicQosAsync(0, Prefetch, false, cancellationToken);
            AsyncEventingBasicConsumer consumer = new(sink);
            consumer.ReceivedAsync += async (_, delivery) =>
            {
                await sink.BasicAckAsync(delivery.DeliveryTag, multiple: false);
                int count = Interlocked.Increment(ref received);
                progress(count);
                if (count == messages)
                {
                    done.TrySetResult();
                }
            };
            await sink.BasicConsumeAsync(queues[2], autoAck: false, consumer, cancellationToken);

            byte[] body = new byte[messageBytes];
            Random.Shared.NextBytes(body);
            IChannel publisher = await connection.CreateChannelAsync(new CreateChannelOptions(true, true), cancellationToken);
            channels.Add(publisher);
            BasicProperties properties = new() { Persistent = true };
            Stopwatch clock = Stopwatch.StartNew();
            List<Task> window = new(PublishWindow);
            for (int i = 0; i < messages; i++)
            {
                window.Add(publisher.BasicPublishAsync("", queues[0], false, properties, body, cancellationToken).AsTask());
                if (window.Count == PublishWindow)
                {
                    await Task.WhenAll(window);
                    window.Clear();
                }
            }

            await Task.WhenAll(window);
            // A chain that stops moving (a relay's channel closed under it: seen once, ceiling-1 left without a consumer)
            // fails within half a minute rather than holding the run for ten.
            int seen = -1;
            DateTime lastMove = DateTime.UtcNow;
            while (!done.Task.IsCompleted)
            {
                await Task.WhenAny(done.Task, Task.Delay(TimeSpan.FromSeconds(2), cancellationToken));
                int now = Volatile.Read(ref received);
                if (now != seen)
                {
                    (seen, lastMove) = (now, DateTime.UtcNow);
                }
                else if (DateTime.UtcNow - lastMove > s_stallTimeout)
                {
                    throw new TimeoutException($"The ceiling chain stopped at {now} of {messages} messages.");
                }
            }

            clock.Stop();
            return new CeilingResult(messages, messageBytes, clock.Elapsed.TotalSeconds, messages / clock.Elapsed.TotalSeconds);
        }
        finally
        {
            foreach (IChannel channel in channels)
            {
                await channel.DisposeAsync();
            }

            // The virtual host goes at the end of the run anyway; a closed connection must not hide the measure's own error.
            if (connection.IsOpen)
            {
                await using IChannel cleanup = await connection.CreateChannelAsync(cancellationToken: CancellationToken.None);
                foreach (string queue in queues)
                {
                    await cleanup.QueueDeleteAsync(queue, cancellationToken: CancellationToken.None);
                }
            }
        }
    }

    /// <summary>Takes from one queue and republishes to the next, confirmed before the ack, as a consumer that publishes does.</summary>
    private static async Task<IChannel[]> StartRelayAsync(IConnection connection, string from, string to, CancellationToken cancellationToken)
    {
        IChannel input = await connection.CreateChannelAsync(new CreateChannelOptions(false, false, consumerDispatchConcurrency: RelayConcurrency), cancellationToken);
        IChannel output = await connection.CreateChannelAsync(new CreateChannelOptions(true, true), cancellationToken);
        await input.BasicQosAsync(0, Prefetch, false, cancellationToken);
        BasicProperties properties = new() { Persistent = true };
        AsyncEventingBasicConsumer consumer = new(input);
        consumer.ReceivedAsync += async (_, delivery) =>
        {
            await output.BasicPublishAsync("", to, false, properties, delivery.Body, CancellationToken.None);
            await input.BasicAckAsync(delivery.DeliveryTag, multiple: false);
        };
        await input.BasicConsumeAsync(from, autoAck: false, consumer, cancellationToken);
        return [input, output];
    }
}
