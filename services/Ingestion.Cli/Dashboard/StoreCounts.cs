namespace Ingestion.Cli.Dashboard;

/// <summary>The store as the page shows it; <see cref="Count"/> is null with <see cref="Error"/> when it did not answer.</summary>
public sealed record StoreCounts(string Kind, string Location, long? Count, string? Error);
