using Ingestion.Cli.Management;

namespace Ingestion.Cli.Tests.Management;

public sealed class ManagementEndpointTests
{
    [Fact]
    public void FromAmqp_PlainUri_SameHostPort15672Http()
    {
        ManagementEndpoint endpoint = ManagementEndpoint.FromAmqp(new Uri("amqp://ops:s3cret@rabbit.internal:5672/"));

        Assert.Equal(new Uri("http://rabbit.internal:15672/"), endpoint.BaseAddress);
        Assert.Equal("/", endpoint.VirtualHost);
        Assert.Equal("%2F", endpoint.EscapedVirtualHost);
        Assert.Equal("ops", endpoint.UserName);
    }

    [Fact]
    public void FromAmqp_Amqps_Https()
    {
        ManagementEndpoint endpoint = ManagementEndpoint.FromAmqp(new Uri("amqps://ops:pw@rabbit.example.org:5671/"));

        Assert.Equal(new Uri("https://rabbit.example.org:15672/"), endpoint.BaseAddress);
    }

    [Theory]
    [InlineData("amqp://h", "/", "%2F")]
    [InlineData("amqp://h/", "/", "%2F")]
    [InlineData("amqp://h/%2F", "/", "%2F")]
    [InlineData("amqp://h/ingestion", "ingestion", "ingestion")]
    [InlineData("amqp://h/team%2Fnews", "team/news", "team%2Fnews")]
    [InlineData("amqp://h/news%20ar", "news ar", "news%20ar")]
    public void FromAmqp_Path_IsTheVirtualHostEscapedAsOneSegment(string amqp, string virtualHost, string escaped)
    {
        ManagementEndpoint endpoint = ManagementEndpoint.FromAmqp(new Uri(amqp));

        Assert.Equal(virtualHost, endpoint.VirtualHost);
        Assert.Equal(escaped, endpoint.EscapedVirtualHost);
    }

    [Fact]
    public void FromAmqp_EscapedCredentials_AreUnescapedIntoBasicAuth()
    {
        ManagementEndpoint endpoint = ManagementEndpoint.FromAmqp(new Uri("amqp://op%40s:p%3Aw%2Fd@h:5672/"));

        Assert.Equal("op@s", endpoint.UserName);
        Assert.Equal("Basic", endpoint.Authorization()!.Scheme);
        Assert.Equal("op@s:p:w/d", System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(endpoint.Authorization()!.Parameter!)));
    }

    [Fact]
    public void FromAmqp_NoCredentials_NoAuthorization()
    {
        Assert.Null(ManagementEndpoint.FromAmqp(new Uri("amqp://h:5672/")).Authorization());
    }

    [Fact]
    public void ToString_WithPassword_NeverShowsIt()
    {
        ManagementEndpoint endpoint = ManagementEndpoint.Resolve("http://admin:topsecret@mgmt:15672", null, "amqp://ops:s3cret@h:5672/v");

        Assert.DoesNotContain("topsecret", endpoint.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", endpoint.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("topsecret", endpoint.BaseAddress.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_ExplicitUrlWithoutCredentials_TakesCredentialsAndVhostFromAmqp()
    {
        ManagementEndpoint endpoint = ManagementEndpoint.Resolve("https://mgmt.example.org:443/rabbit", "http://ignored:15672/", "amqp://ops:pw@h:5672/ingestion");

        Assert.Equal(new Uri("https://mgmt.example.org/rabbit/"), endpoint.BaseAddress);
        Assert.Equal("ingestion", endpoint.VirtualHost);
        Assert.Equal("ops", endpoint.UserName);
    }

    [Fact]
    public void Resolve_ConfiguredUrlOnly_IsUsed()
    {
        ManagementEndpoint endpoint = ManagementEndpoint.Resolve(null, "http://mgmt:8080", "amqp://ops:pw@h:5672/");

        Assert.Equal(new Uri("http://mgmt:8080/"), endpoint.BaseAddress);
    }

    [Fact]
    public void Resolve_UrlWithCredentials_TheyWin()
    {
        ManagementEndpoint endpoint = ManagementEndpoint.Resolve("http://admin:pw@mgmt:15672/", null, "amqp://ops:pw@h:5672/");

        Assert.Equal("admin", endpoint.UserName);
    }

    [Fact]
    public void Resolve_VirtualHostOption_Wins()
    {
        Assert.Equal("other", ManagementEndpoint.Resolve(null, null, "amqp://ops:pw@h:5672/ingestion", "other").VirtualHost);
    }

    [Fact]
    public void Resolve_Nothing_LocalBroker()
    {
        ManagementEndpoint endpoint = ManagementEndpoint.Resolve(null, null, null);

        Assert.Equal(new Uri("http://localhost:15672/"), endpoint.BaseAddress);
        Assert.Equal("guest", endpoint.UserName);
    }

    [Theory]
    [InlineData("ftp://mgmt/")]
    [InlineData("not a url")]
    public void Resolve_BadManagementUrl_Throws(string url)
    {
        Assert.Throws<FormatException>(() => ManagementEndpoint.Resolve(url, null, "amqp://h/"));
    }
}
