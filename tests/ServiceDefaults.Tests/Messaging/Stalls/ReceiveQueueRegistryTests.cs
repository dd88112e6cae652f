using Ingestion.ServiceDefaults.Messaging.Stalls;

namespace Ingestion.ServiceDefaults.Tests.Messaging.Stalls;

public class ReceiveQueueRegistryTests
{
    [Theory]
    [InlineData("rabbitmq://127.0.0.1/article-discovered", "article-discovered")]
    [InlineData("rabbitmq://rabbit/prod/article-enriched", "article-enriched")]
    [InlineData("rabbitmq://rabbit/crash%2Dbroker/article-stored-watcher-a", "article-stored-watcher-a")]
    public void QueueName_DurableEndpoint_IsTheLastSegment(string address, string expected) =>
        Assert.Equal(expected, ReceiveQueueRegistry.QueueName(new Uri(address)));

    [Theory]
    [InlineData("rabbitmq://127.0.0.1/host_Ingestion_bus_abc?temporary=true")]
    [InlineData("rabbitmq://127.0.0.1/vhost/tail-xyz?durable=false&autodelete=true")]
    public void QueueName_TemporaryEndpoint_IsNotWatched(string address) =>
        Assert.Null(ReceiveQueueRegistry.QueueName(new Uri(address)));
}
