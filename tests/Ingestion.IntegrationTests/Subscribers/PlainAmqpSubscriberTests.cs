using System.Text;
using System.Text.Json;
using Ingestion.Contracts;
using Ingestion.IntegrationTests.Infrastructure;
using Ingestion.ServiceDefaults.Hosting;
using Ingestion.ServiceDefaults.Messaging;
using Ingestion.Tests.Shared;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RabbitMQ.Client;

namespace Ingestion.IntegrationTests.Subscribers;

/// <summary>
/// A subscriber with no MassTransit and no .NET contract types, as the README tells a Python or Go team to write one:
/// its own durable queue bound to the <c>Ingestion.Contracts:ArticleStored</c> fanout exchange, bodies read as JSON.
/// </summary>
[Collection(RabbitMqCollection.Name)]
public class PlainAmqpSubscriberTests(RabbitMqBroker broker)
{
    private const string Exchange = "Ingestion.Contracts:ArticleStored";
    private const string Queue = "search-indexer";

    [Fact]
    public async Task ArticleStored_PublishedByTheBus_IsReadAsPlainJsonFromABoundQueue()
    {
        Assert.SkipWhen(broker.Address is null, broker.Unavailable);
        CancellationToken cancellation = TestContext.Current.CancellationToken;
        Uri rabbitMq = await broker.CreateVirtualHostAsync($"subscriber-{Guid.NewGuid():N}");
        var factory = new ConnectionFactory { Uri = rabbitMq };
        await using IConnection connection = await factory.CreateConnectionAsync(cancellation);
        await using IChannel channel = await connection.CreateChannelAsync(cancellationToken: cancellation);

        // Declared with MassTransit's own settings, so the subscriber may bind before the first publish.
        await channel.ExchangeDeclareAsync(Exchange, ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: cancellation);
        await channel.QueueDeclareAsync(Queue, durable: true, exclusive: false, autoDelete: false, cancellationToken: cancellation);
        await channel.QueueBindAsync(Queue, Exchange, routingKey: string.Empty, cancellationToken: cancellation);

        ArticleStored stored = Sample();
        using (IHost publisher = BuildPublisher(rabbitMq))
        {
            await publisher.StartAsync(cancellation);
            await publisher.Services.GetRequiredService<IPublishEndpoint>().Publish(stored, cancellation);
            await publisher.StopAsync(cancellation);
        }

        BasicGetResult? delivery = await Eventually.WaitAsync(
            () => channel.BasicGetAsync(Queue, autoAck: true, cancellation), result => result is not null, TimeSpan.FromSeconds(30), "the event in the subscriber's queue");
        string body = Encoding.UTF8.GetString(delivery!.Body.Span);
        TestContext.Current.SendDiagnosticMessage("ArticleStored envelope: " + body);
        using JsonDocument envelope = JsonDocument.Parse(body);
        JsonElement root = envelope.RootElement;
        JsonElement message = root.GetProperty("message");

        Assert.Equal("application/vnd.masstransit+json", delivery.BasicProperties.ContentType);
        Assert.True(Guid.TryParse(root.GetProperty("messageId").GetString(), out _));
        Assert.Contains("urn:message:Ingestion.Contracts:ArticleStored", root.GetProperty("messageType").EnumerateArray().Select(type => type.GetString()));
        Assert.Equal(stored.ArticleId, message.GetProperty("articleId").GetString());
        Assert.Equal(stored.Title, message.GetProperty("title").GetString());
        Assert.Equal(ContractVersions.ArticleStored, message.GetProperty("schemaVersion").GetInt32());
        Assert.Equal(stored.StoredAt, message.GetProperty("storedAt").GetDateTimeOffset());
    }

    private static ArticleStored Sample() => new()
    {
        ArticleId = "5fc6fc8d7a967a8e5e0b6d2e1c1f4a90",
        ContentHash = "9b1f0c1ad6e3c2b7a3f7e0d4c5b6a79812e3f4a5b6c7d8e9f0a1b2c3d4e5f607",
        StoredAt = new DateTimeOffset(2026, 11, 30, 20, 15, 3, 120, TimeSpan.Zero),
        Store = "mongodb",
        Location = "ingestion/articles",
        Created = true,
        FileName = "000_5fc6fc8d7a967a8e.txt",
        Title = "وزير الخارجية الكويتي يستقبل بلينكن",
        Language = "ar",
        PublishedAt = new DateTimeOffset(2021, 7, 29, 0, 0, 0, TimeSpan.Zero),
        ReceivedAt = new DateTimeOffset(2026, 11, 30, 20, 15, 2, 870, TimeSpan.Zero),
        EntityCount = 4,
        TemporalCount = 1,
    };

    private static IHost BuildPublisher(Uri rabbitMq)
    {
        HostApplicationBuilder builder = TestHosts.CreateBuilder(rabbitMq);
        builder.AddServiceDefaults();
        builder.Services.AddIngestionBus(builder.Configuration, _ => { });
        return builder.Build();
    }
}
