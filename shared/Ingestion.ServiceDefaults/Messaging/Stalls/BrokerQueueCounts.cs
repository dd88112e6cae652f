namespace Ingestion.ServiceDefaults.Messaging.Stalls;

/// <summary>What the broker says of one queue: messages ready for delivery, and consumers attached.</summary>
public readonly record struct BrokerQueueCounts(string Queue, uint Ready, uint Consumers);
