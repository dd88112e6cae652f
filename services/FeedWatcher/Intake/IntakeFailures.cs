using System.Net.Sockets;

namespace Ingestion.FeedWatcher.Intake;

/// <summary>
/// Which failures of a file are worth waiting out. Only the known transient ones are: the file locked by its writer,
/// the broker unreachable or not routing yet, the ledger's store locked. Everything else is the file's own doing or
/// unknown, and gets a bounded number of attempts (<see cref="FeedOptions.MaxAttempts"/>), so that no file stays in
/// the feed for ever.
/// </summary>
public static class IntakeFailures
{
    // Windows' sharing and lock violations, which .NET also reports on Unix for a file another process opened with
    // FileShare.None.
    private const int SharingViolation = unchecked((int)0x80070020);
    private const int LockViolation = unchecked((int)0x80070021);

    // By name, so the intake does not depend on the transport's client library. These say the broker is down, its
    // connection was lost, or it returned a mandatory message because the next service has not bound its queue yet.
    private static readonly HashSet<string> s_brokerUnavailable = new(StringComparer.Ordinal)
    {
        "MassTransit.MessageReturnedException",
        "MassTransit.MessageNotAcknowledgedException",
        "MassTransit.RabbitMqConnectionException",
        "MassTransit.ConnectionException",
        "MassTransit.TransportUnavailableException",
        "RabbitMQ.Client.Exceptions.AlreadyClosedException",
        "RabbitMQ.Client.Exceptions.BrokerUnreachableException",
        "RabbitMQ.Client.Exceptions.ConnectFailureException",
        "RabbitMQ.Client.Exceptions.OperationInterruptedException",
    };

    /// <summary>Whether the failure is known to pass by itself, so the file waits in the feed however long it takes.</summary>
    public static bool IsTransient(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            if (current is TimeoutException or SocketException
                || current is IOException { HResult: SharingViolation or LockViolation }
                || current is LiteDB.LiteException { ErrorCode: LiteDB.LiteException.LOCK_TIMEOUT }
                || s_brokerUnavailable.Contains(current.GetType().FullName ?? string.Empty))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>One line: the exception's type and message, without its stack trace.</summary>
    public static string Describe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        string message = exception.Message.ReplaceLineEndings(" ");
        return $"{exception.GetType().Name}: {message}";
    }
}
