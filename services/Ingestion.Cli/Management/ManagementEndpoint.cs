using System.Net.Http.Headers;
using System.Text;
using Ingestion.ServiceDefaults.Messaging;

namespace Ingestion.Cli.Management;

/// <summary>
/// Where the RabbitMQ management API answers, which virtual host to look at, and who to log in as. The password is
/// kept out of <see cref="ToString"/> so that it can never end up on the console or in a log.
/// </summary>
public sealed class ManagementEndpoint
{
    public const int DefaultPort = 15672;
    public const string DefaultVirtualHost = "/";

    // The services fall back to an in-memory bus; an operator command has no such fallback, so it looks at the
    // broker a developer would run locally.
    private const string LocalBroker = "amqp://guest:guest@localhost:5672/";

    private readonly string? _password;

    public ManagementEndpoint(Uri baseAddress, string virtualHost, string? userName, string? password)
    {
        ArgumentNullException.ThrowIfNull(baseAddress);
        BaseAddress = baseAddress.AbsoluteUri.EndsWith('/') ? StripUserInfo(baseAddress) : StripUserInfo(new Uri(baseAddress.AbsoluteUri + "/"));
        VirtualHost = string.IsNullOrEmpty(virtualHost) ? DefaultVirtualHost : virtualHost;
        UserName = userName;
        _password = password;
    }

    /// <summary>The API's root, ending in a slash, without credentials.</summary>
    public Uri BaseAddress { get; }

    public string VirtualHost { get; }

    public string? UserName { get; }

    /// <summary>The virtual host as one path segment of the API (<c>/</c> is <c>%2F</c>).</summary>
    public string EscapedVirtualHost => Uri.EscapeDataString(VirtualHost);

    /// <summary>
    /// The endpoint for an amqp URI: same host, port 15672, http (https for amqps), the URI's credentials, and the
    /// virtual host from its path (default <c>/</c>).
    /// </summary>
    public static ManagementEndpoint FromAmqp(Uri amqp)
    {
        ArgumentNullException.ThrowIfNull(amqp);
        bool secure = amqp.Scheme is "amqps" or "rabbitmqs";
        var management = new UriBuilder(secure ? Uri.UriSchemeHttps : Uri.UriSchemeHttp, amqp.Host, DefaultPort, "/").Uri;
        (string? user, string? password) = Credentials(amqp);
        return new ManagementEndpoint(management, VirtualHostOf(amqp), user, password);
    }

    /// <summary>
    /// The endpoint from, in order: an explicit management URL (credentials in it win), the configured
    /// <c>Management__Url</c>, else derived from the amqp connection string; credentials and virtual host come from the
    /// amqp connection string unless the management URL carries its own, and <paramref name="virtualHost"/> wins.
    /// </summary>
    public static ManagementEndpoint Resolve(string? managementUrl, string? configuredUrl, string? rabbitMqConnectionString, string? virtualHost = null)
    {
        ManagementEndpoint fromAmqp = FromAmqp(RabbitMqAddress.Parse(string.IsNullOrWhiteSpace(rabbitMqConnectionString) ? LocalBroker : rabbitMqConnectionString));
        string? url = string.IsNullOrWhiteSpace(managementUrl) ? configuredUrl : managementUrl;
        if (string.IsNullOrWhiteSpace(url))
        {
            return string.IsNullOrEmpty(virtualHost) ? fromAmqp : new ManagementEndpoint(fromAmqp.BaseAddress, virtualHost, fromAmqp.UserName, fromAmqp._password);
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out Uri? management) || management.Scheme is not ("http" or "https"))
        {
            throw new FormatException("The management URL must be an http:// or https:// URL, e.g. http://localhost:15672/");
        }

        (string? user, string? password) = string.IsNullOrEmpty(management.UserInfo) ? (fromAmqp.UserName, fromAmqp._password) : Credentials(management);
        return new ManagementEndpoint(management, string.IsNullOrEmpty(virtualHost) ? fromAmqp.VirtualHost : virtualHost, user, password);
    }

    /// <summary>Basic authentication for the API, or null when no user is known.</summary>
    public AuthenticationHeaderValue? Authorization() =>
        UserName is null ? null : new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{UserName}:{_password}")));

    public override string ToString() => $"{BaseAddress} (vhost {VirtualHost}, user {UserName ?? "none"})";

    private static string VirtualHostOf(Uri amqp)
    {
        // AbsolutePath keeps %2F escaped, so "/%2F" (the default vhost spelled out) and "/a%2Fb" come back whole.
        string path = amqp.AbsolutePath.TrimStart('/');
        return path.Length == 0 ? DefaultVirtualHost : Uri.UnescapeDataString(path);
    }

    private static (string? User, string? Password) Credentials(Uri address)
    {
        if (string.IsNullOrEmpty(address.UserInfo))
        {
            return (null, null);
        }

        string[] parts = address.UserInfo.Split(':', 2);
        return (Uri.UnescapeDataString(parts[0]), parts.Length == 2 ? Uri.UnescapeDataString(parts[1]) : null);
    }

    private static Uri StripUserInfo(Uri address) =>
        string.IsNullOrEmpty(address.UserInfo) ? address : new UriBuilder(address) { UserName = string.Empty, Password = string.Empty }.Uri;
}
