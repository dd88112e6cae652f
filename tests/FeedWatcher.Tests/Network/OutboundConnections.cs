using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Globalization;
using System.Net;

namespace Ingestion.FeedWatcher.Tests.Network;

/// <summary>
/// Every connection this process begins, from the runtime's own networking events: each socket connect (with the
/// address), each host name looked up, each HTTP request. Libraries cannot go around these: HttpClient, RabbitMQ's
/// client and the MongoDB driver all connect through System.Net.Sockets.
/// </summary>
public sealed class OutboundConnections : EventListener
{
    // Initialised before the base constructor, which already reports the existing event sources.
    private readonly ConcurrentQueue<IPEndPoint> _connects = new();
    private readonly ConcurrentQueue<string> _lookups = new();
    private readonly ConcurrentQueue<string> _requests = new();

    public IReadOnlyList<IPEndPoint> Connects => [.. _connects];

    public IReadOnlyList<string> Lookups => [.. _lookups];

    /// <summary>HTTP requests as <c>scheme://host:port</c>.</summary>
    public IReadOnlyList<string> Requests => [.. _requests];

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name is "System.Net.Sockets" or "System.Net.NameResolution" or "System.Net.Http")
        {
            EnableEvents(eventSource, EventLevel.Informational);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        switch (eventData.EventSource.Name, eventData.EventName)
        {
            case ("System.Net.Sockets", "ConnectStart") when Parse(eventData.Payload?[0] as string) is { } endpoint:
                _connects.Enqueue(endpoint);
                break;
            case ("System.Net.Sockets", "ConnectStart"):
                _requests.Enqueue("socket://" + eventData.Payload?[0]);
                break;
            case ("System.Net.NameResolution", "ResolutionStart"):
                _lookups.Enqueue(eventData.Payload?[0] as string ?? "?");
                break;
            case ("System.Net.Http", "RequestStart"):
                _requests.Enqueue($"{eventData.Payload?[0]}://{eventData.Payload?[1]}:{eventData.Payload?[2]}");
                break;
        }
    }

    // The event gives SocketAddress.ToString(): "InterNetwork:16:{p,p,a,a,a,a,...}", the bytes after the family:
    // the port (big-endian), then the IPv4 address; for InterNetworkV6 the port, 4 bytes of flow info, 16 of address.
    internal static IPEndPoint? Parse(string? socketAddress)
    {
        int open = socketAddress?.IndexOf('{', StringComparison.Ordinal) ?? -1;
        if (socketAddress is null || open < 0)
        {
            return null;
        }

        byte[] bytes = [.. socketAddress[(open + 1)..].TrimEnd('}').Split(',').Select(b => byte.Parse(b, CultureInfo.InvariantCulture))];
        int port = (bytes[0] << 8) | bytes[1];
        IPAddress? address = socketAddress.StartsWith("InterNetworkV6", StringComparison.Ordinal) && bytes.Length >= 22
            ? new IPAddress(bytes.AsSpan(6, 16))
            : socketAddress.StartsWith("InterNetwork:", StringComparison.Ordinal) && bytes.Length >= 6
                ? new IPAddress(bytes.AsSpan(2, 4))
                : null;

        // Dual-mode sockets connect to IPv4 addresses as ::ffff:a.b.c.d.
        return address is null ? null : new IPEndPoint(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address, port);
    }
}
