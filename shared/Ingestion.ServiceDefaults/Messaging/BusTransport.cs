namespace Ingestion.ServiceDefaults.Messaging;

/// <summary>Which MassTransit transport a host uses.</summary>
public enum BusTransport
{
    /// <summary>RabbitMQ, from <c>ConnectionStrings:RabbitMq</c>: the only choice for separate services.</summary>
    RabbitMq,

    /// <summary>In-process only: <c>ingest run</c> without a broker, and tests.</summary>
    InMemory,
}
