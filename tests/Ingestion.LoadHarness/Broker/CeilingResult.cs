namespace Ingestion.LoadHarness.Broker;

/// <summary>The raw three-hop chain: messages through all three hops per second.</summary>
internal sealed record CeilingResult(int Messages, int MessageBytes, double Seconds, double MessagesPerSecond);
