namespace Ingestion.Cli.Dashboard;

/// <summary>One minute of the chart: articles stored in it and their p95 drop-to-stored time (null when none).</summary>
public sealed record ThroughputMinute(DateTimeOffset Minute, int Stored, double? P95Seconds);
