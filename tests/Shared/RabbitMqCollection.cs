namespace Ingestion.Tests.Shared;

/// <summary>
/// One broker for every test of a project that needs RabbitMQ; the tests of the collection run one after the other on
/// a 2-core machine. One source file, compiled into each test project that needs it (linked in its csproj).
/// </summary>
[CollectionDefinition(Name)]
public sealed class RabbitMqCollection : ICollectionFixture<RabbitMqBroker>
{
    public const string Name = "RabbitMQ";
}
