using System.Net.Sockets;

namespace Ingestion.Cli.Connecting;

/// <summary>
/// Whether anything accepts a connection at a host and port: answers "connection refused" in milliseconds where a
/// database driver would wait out its whole server selection timeout before saying so in a page of diagnostics.
/// </summary>
public static class TcpProbe
{
    /// <summary>Null when the port accepted a connection within the timeout, else why not, in a few words.</summary>
    public static async Task<string?> FailureAsync(string host, int port, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await client.ConnectAsync(host, port, deadline.Token).ConfigureAwait(false);
            return null;
        }
        catch (SocketException ex)
        {
            return ex.SocketErrorCode switch
            {
                SocketError.ConnectionRefused => "connection refused",
                SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain => $"host '{host}' not found",
                _ => ex.Message.TrimEnd('.'),
            };
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return ConnectFailedException.NoAnswerWithin(timeout);
        }
    }
}
