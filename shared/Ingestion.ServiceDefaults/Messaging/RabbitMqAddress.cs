using MassTransit;

namespace Ingestion.ServiceDefaults.Messaging;

/// <summary>Reads an <c>amqp://</c> or <c>amqps://</c> URI, with its credentials, into MassTransit's host settings.</summary>
public static class RabbitMqAddress
{
    /// <summary>Parses and checks the URI; the message names the expected form, never the password.</summary>
    public static Uri Parse(string connectionString)
    {
        if (!Uri.TryCreate(connectionString, UriKind.Absolute, out Uri? uri) || uri.Scheme is not ("amqp" or "amqps" or "rabbitmq" or "rabbitmqs"))
        {
            throw new FormatException("ConnectionStrings:RabbitMq must be an amqp:// or amqps:// URI, e.g. amqp://user:password@localhost:5672/");
        }

        return uri;
    }

    /// <summary>
    /// Refuses RabbitMQ's default <c>guest</c> account anywhere but a broker on this machine in Development: it is the
    /// first credential an attacker tries, and RabbitMQ itself refuses it from other hosts.
    /// </summary>
    public static void EnsureCredentialsFit(Uri address, string? environmentName)
    {
        ArgumentNullException.ThrowIfNull(address);
        string user = string.IsNullOrEmpty(address.UserInfo) ? "guest" : Uri.UnescapeDataString(address.UserInfo.Split(':', 2)[0]);
        if (user != "guest")
        {
            return;
        }

        bool loopback = address.IsLoopback || address.Host is "localhost" or "127.0.0.1" or "[::1]";
        bool development = string.Equals(environmentName, "Development", StringComparison.OrdinalIgnoreCase);
        if (!loopback || !development)
        {
            throw new InvalidOperationException(
                $"ConnectionStrings:RabbitMq uses the 'guest' account on {address.Host} in the {environmentName ?? "Production"} environment. "
                + "guest is accepted only for a broker on localhost with DOTNET_ENVIRONMENT=Development; give the URI a user of its own.");
        }
    }

    /// <summary>Takes the user name and password from the URI's user info, unescaped, and TLS from <c>amqps://</c>.</summary>
    public static void ApplyCredentials(Uri address, IRabbitMqHostConfigurator host)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(host);
        if (address.Scheme is "amqps" or "rabbitmqs")
        {
            host.UseSsl(ssl => ssl.ServerName = address.Host);
        }

        if (string.IsNullOrEmpty(address.UserInfo))
        {
            return;
        }

        string[] parts = address.UserInfo.Split(':', 2);
        host.Username(Uri.UnescapeDataString(parts[0]));
        if (parts.Length == 2)
        {
            host.Password(Uri.UnescapeDataString(parts[1]));
        }
    }

    /// <summary>
    /// The same broker as an <c>amqp://</c> or <c>amqps://</c> URI: RabbitMQ.Client reads only those schemes, where
    /// MassTransit also takes <c>rabbitmq://</c> and <c>rabbitmqs://</c> for the same thing.
    /// </summary>
    public static Uri ToAmqp(Uri address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return address.Scheme switch
        {
            "rabbitmq" => new UriBuilder(address) { Scheme = "amqp", Port = address.IsDefaultPort ? 5672 : address.Port }.Uri,
            "rabbitmqs" => new UriBuilder(address) { Scheme = "amqps", Port = address.IsDefaultPort ? 5671 : address.Port }.Uri,
            _ => address,
        };
    }

    /// <summary>The URI with the password replaced, for logs.</summary>
    public static string Redact(Uri address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return string.IsNullOrEmpty(address.UserInfo)
            ? address.ToString()
            : new UriBuilder(address) { Password = address.UserInfo.Contains(':', StringComparison.Ordinal) ? "***" : string.Empty }.Uri.ToString();
    }
}
