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

    /// <summary>Takes the user name and password from the URI's user info, unescaped.</summary>
    public static void ApplyCredentials(Uri address, IRabbitMqHostConfigurator host)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(host);
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

        if (address.Scheme is "amqps" or "rabbitmqs")
        {
            host.UseSsl(ssl => ssl.ServerName = address.Host);
        }
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
