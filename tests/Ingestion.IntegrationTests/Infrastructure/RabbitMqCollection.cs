namespace Ingestion.IntegrationTests.Infrastructure;

/// <summary>One broker for every integration test; the tests run one after the other on a 2-core machine.</summary>
[CollectionDefinition(Name)]
public sealed class RabbitMqCollection : ICollectionFixture<RabbitMqBroker>
{
    public const string Name = "RabbitMQ";
}
