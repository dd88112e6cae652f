using System.Net;
using System.Net.Sockets;

namespace Ingestion.IntegrationTests.ScaleOut;

/// <summary>A TCP port free on the loopback interface now, so each service process has a known address to scrape.</summary>
internal static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
