using Ingestion.ServiceDefaults.Messaging;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Ingestion.Cli.Connecting;

/// <summary>
/// Opens and closes one AMQP connection within the connect timeout, so that a command fails in seconds, with the
/// reason, before MassTransit or a consumer would retry an unreachable broker forever.
/// </summary>
public static class BrokerProbe
{
    public const string Check = "that RabbitMQ runs and the URI (--rabbitmq or ConnectionStrings__RabbitMq), or allow longer with --connect-timeout";

    public static async Task EnsureReachableAsync(string connectionString, TimeSpan timeout, CancellationToken cancellationToken)
    {
        Uri broker = RabbitMqAddress.ToAmqp(RabbitMqAddress.Parse(connectionString));
        var factory = new ConnectionFactory
        {
            Uri = broker,
            ClientProvidedName = "ingest (connection check)",
            RequestedConnectionTimeout = timeout,
            HandshakeContinuationTimeout = timeout,
            AutomaticRecoveryEnabled = false,
        };
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await using IConnection connection = await factory.CreateConnectionAsync(deadline.Token).ConfigureAwait(false);
            await connection.CloseAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is BrokerUnreachableException or OperationInterruptedException or IOException or TimeoutException
            || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new ConnectFailedException("RabbitMQ", RabbitMqAddress.Redact(broker), Reason(ex, timeout), Check, ex);
        }
    }

    private static string Reason(Exception exception, TimeSpan timeout)
    {
        if (exception is OperationCanceledException or TimeoutException)
        {
            return ConnectFailedException.NoAnswerWithin(timeout);
        }

        Exception innermost = exception;
        while (innermost.InnerException is not null)
        {
            innermost = innermost.InnerException;
        }

        return innermost is AuthenticationFailureException ? "the broker refused the credentials" : innermost.Message.TrimEnd('.');
    }
}
