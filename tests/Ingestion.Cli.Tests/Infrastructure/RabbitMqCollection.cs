namespace Ingestion.Cli.Tests.Infrastructure;

/// <summary>One broker for every integration test of the CLI.</summary>
[CollectionDefinition(Name)]
public sealed class RabbitMqCollection : ICollectionFixture<RabbitMqManagementBroker>
{
    public const string Name = "RabbitMQ";
}
