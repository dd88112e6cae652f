namespace Ingestion.LoadHarness.Broker;

internal sealed record QueueDepth(string Name, long Ready, long Unacknowledged, long Bytes, long Messages);
