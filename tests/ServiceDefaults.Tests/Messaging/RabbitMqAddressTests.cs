using Ingestion.ServiceDefaults.Messaging;

namespace Ingestion.ServiceDefaults.Tests.Messaging;

public class RabbitMqAddressTests
{
    [Theory]
    [InlineData("amqp://guest:guest@localhost:5672/", "Development")]
    [InlineData("amqp://127.0.0.1/", "Development")]
    [InlineData("amqp://ingest:secret@rabbit.internal/", "Production")]
    [InlineData("amqps://ingest:secret@rabbit.example.org/prod", "Production")]
    public void EnsureCredentialsFit_AllowedCombination_DoesNotThrow(string uri, string environment) =>
        RabbitMqAddress.EnsureCredentialsFit(new Uri(uri), environment);

    [Theory]
    [InlineData("amqp://guest:guest@rabbit.internal/", "Development")]
    [InlineData("amqp://guest:guest@localhost/", "Production")]
    [InlineData("amqp://rabbit.internal/", "Development")]
    public void EnsureCredentialsFit_GuestOutsideLocalDevelopment_Throws(string uri, string environment)
    {
        InvalidOperationException error = Assert.Throws<InvalidOperationException>(() => RabbitMqAddress.EnsureCredentialsFit(new Uri(uri), environment));

        Assert.Contains("guest", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("guest:guest", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://localhost/")]
    [InlineData("not a uri")]
    public void Parse_NotAnAmqpUri_ThrowsWithTheExpectedForm(string value)
    {
        FormatException error = Assert.Throws<FormatException>(() => RabbitMqAddress.Parse(value));

        Assert.Contains("amqp://", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("rabbitmq://ingest:secret@rabbit/prod", "amqp://ingest:secret@rabbit:5672/prod")]
    [InlineData("rabbitmqs://rabbit.example.org/", "amqps://rabbit.example.org:5671/")]
    [InlineData("rabbitmq://rabbit:5673/", "amqp://rabbit:5673/")]
    [InlineData("amqp://guest:guest@localhost:5672/", "amqp://guest:guest@localhost:5672/")]
    public void ToAmqp_AnySchemeMassTransitTakes_IsTheAmqpUriOfTheSameBroker(string uri, string expected) =>
        Assert.Equal(new Uri(expected), RabbitMqAddress.ToAmqp(new Uri(uri)));

    [Fact]
    public void Redact_UriWithPassword_HidesIt()
    {
        string redacted = RabbitMqAddress.Redact(new Uri("amqp://ingest:s3cret@rabbit/"));

        Assert.DoesNotContain("s3cret", redacted, StringComparison.Ordinal);
        Assert.Contains("ingest", redacted, StringComparison.Ordinal);
    }
}
