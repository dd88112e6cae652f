using System.Threading.Channels;
using Ingestion.Cli.Connecting;
using Ingestion.Cli.Tailing;
using Ingestion.ServiceDefaults.Messaging;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Ingestion.Cli.Commands.Tail;

/// <summary>
/// <c>ingest tail</c>: a throw-away subscriber. A server-named, exclusive, auto-delete queue bound to the event
/// exchanges sees every event published from now on and disappears with the connection, so it never takes anything
/// from the services' queues nor leaves a queue growing behind it.
/// </summary>
public sealed class TailCommand : AsyncCommand<TailSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, TailSettings settings, CancellationToken cancellationToken)
    {
        string[] exchanges = settings.Event switch
        {
            "enriched" => [TailedEvent.EnrichedExchange],
            "stored" => [TailedEvent.StoredExchange],
            _ => [TailedEvent.EnrichedExchange, TailedEvent.StoredExchange],
        };
        await BrokerProbe.EnsureReachableAsync(settings.ResolveRabbitMq(), settings.ConnectTimeout, cancellationToken).ConfigureAwait(false);
        Uri broker = RabbitMqAddress.ToAmqp(RabbitMqAddress.Parse(settings.ResolveRabbitMq()));
        var factory = new ConnectionFactory
        {
            Uri = broker,
            ClientProvidedName = "ingest tail",
            RequestedConnectionTimeout = settings.ConnectTimeout,
            HandshakeContinuationTimeout = settings.ConnectTimeout,
        };
        try
        {
            await using IConnection connection = await factory.CreateConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using IChannel channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            QueueDeclareOk queue = await channel.QueueDeclareAsync(string.Empty, durable: false, exclusive: true, autoDelete: true, cancellationToken: cancellationToken).ConfigureAwait(false);
            foreach (string exchange in exchanges)
            {
                // MassTransit's own settings for these exchanges, so declaring first (nothing published yet) is harmless.
                await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: cancellationToken).ConfigureAwait(false);
                await channel.QueueBindAsync(queue.QueueName, exchange, string.Empty, cancellationToken: cancellationToken).ConfigureAwait(false);
            }

            var events = Channel.CreateUnbounded<TailedEvent>(new UnboundedChannelOptions { SingleReader = true });
            var consumer = new AsyncEventingBasicConsumer(channel);
            consumer.ReceivedAsync += (_, delivery) =>
            {
                if (TailedEvent.Parse(delivery.Body.Span) is { } tailed)
                {
                    events.Writer.TryWrite(tailed);
                }

                return Task.CompletedTask;
            };
            await channel.BasicConsumeAsync(queue.QueueName, autoAck: true, consumer, cancellationToken).ConfigureAwait(false);

            // Status goes to stderr under --json, so that stdout stays one JSON object per line.
            string listening = $"Listening to {string.Join(", ", exchanges)} on {RabbitMqAddress.Redact(broker)} (temporary queue {queue.QueueName}). Ctrl+C stops.";
            if (settings.Json)
            {
                await Console.Error.WriteLineAsync(listening).ConfigureAwait(false);
            }
            else
            {
                AnsiConsole.MarkupLineInterpolated($"[grey]{listening}[/]");
            }

            await PrintAsync(events.Reader, settings, cancellationToken).ConfigureAwait(false);
            return 0;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return 0;
        }
        catch (Exception ex) when (ex is RabbitMQ.Client.Exceptions.BrokerUnreachableException or RabbitMQ.Client.Exceptions.OperationInterruptedException)
        {
            throw new ConnectFailedException("RabbitMQ", RabbitMqAddress.Redact(broker), ex.Message.TrimEnd('.'), BrokerProbe.Check, ex);
        }
    }

    private static async Task PrintAsync(ChannelReader<TailedEvent> events, TailSettings settings, CancellationToken cancellationToken)
    {
        int printed = 0;
        await foreach (TailedEvent tailed in events.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            if (settings.Json)
            {
                await Console.Out.WriteLineAsync(tailed.ToJsonLine()).ConfigureAwait(false);
                await Console.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
            else
            {
                AnsiConsole.MarkupLine(tailed.ToMarkupLine());
            }

            if (++printed == settings.Count)
            {
                return;
            }
        }
    }
}
