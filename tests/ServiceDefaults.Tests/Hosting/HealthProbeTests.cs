using System.Net;
using System.Net.Sockets;
using Ingestion.ServiceDefaults.Hosting;

namespace Ingestion.ServiceDefaults.Tests.Hosting;

public class HealthProbeTests
{
    [Theory]
    [InlineData("http://+:8080", "http://127.0.0.1:8080/")]
    [InlineData("http://*:8080", "http://127.0.0.1:8080/")]
    [InlineData("http://0.0.0.0:8080", "http://127.0.0.1:8080/")]
    [InlineData("http://localhost:5081", "http://localhost:5081/")]
    [InlineData("http://127.0.0.1:5082;https://+:5443", "http://127.0.0.1:5082/")]
    public void LocalAddress_ListeningAddresses_FirstOneMadeReachableFromInside(string urls, string expected)
    {
        Assert.Equal(new Uri(expected), HealthProbe.LocalAddress(urls));
    }

    [Theory]
    [InlineData(new[] { "--healthcheck" }, true)]
    [InlineData(new[] { "--healthcheck", "/health/live" }, true)]
    [InlineData(new string[0], false)]
    [InlineData(new[] { "--urls", "http://+:8080" }, false)]
    public void IsRequested_Arguments_OnlyAsTheFirstArgument(string[] args, bool expected)
    {
        Assert.Equal(expected, HealthProbe.IsRequested(args));
    }

    [Fact]
    public async Task RunAsync_NothingListening_ReturnsOne()
    {
        int port = FreePort();
        Environment.SetEnvironmentVariable("Urls", $"http://127.0.0.1:{port}");
        try
        {
            Assert.Equal(1, await HealthProbe.RunAsync([HealthProbe.Argument]));
        }
        finally
        {
            Environment.SetEnvironmentVariable("Urls", null);
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
