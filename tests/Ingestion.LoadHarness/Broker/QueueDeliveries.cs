namespace Ingestion.LoadHarness.Broker;

/// <summary>One queue's lifetime counts from the broker: messages delivered to consumers (deliver_get) and acknowledged.</summary>
internal sealed record QueueDeliveries(string Name, long Delivered, long Acknowledged);
