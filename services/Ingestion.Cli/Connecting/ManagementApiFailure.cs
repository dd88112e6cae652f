using Ingestion.Cli.Management;

namespace Ingestion.Cli.Connecting;

/// <summary>Tells a management API that could not be reached from one that answered no, and reports the first.</summary>
public static class ManagementApiFailure
{
    /// <summary>No connection, or no answer in time; an HTTP error status is an answer and is not this.</summary>
    public static bool IsUnreachable(Exception exception, CancellationToken cancellationToken) =>
        exception is HttpRequestException { StatusCode: null }
        || (exception is TaskCanceledException && !cancellationToken.IsCancellationRequested);

    public static ConnectFailedException Describe(Exception exception, ManagementEndpoint endpoint, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(endpoint);
        string reason = exception is TaskCanceledException
            ? ConnectFailedException.NoAnswerWithin(timeout)
            : (exception.InnerException ?? exception).Message.TrimEnd('.');
        return new ConnectFailedException(
            "the RabbitMQ management API",
            endpoint.BaseAddress.ToString(),
            reason,
            "that RabbitMQ runs with its management plugin and --management or Management__Url (default: port 15672 of the --rabbitmq host)",
            exception);
    }
}
