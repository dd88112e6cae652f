namespace Ingestion.Cli.Dashboard;

/// <summary>A file in <c>failed/</c> and the reason from its <c>.error.json</c>.</summary>
public sealed record FailedFile(string FileName, string Reason, string? ExceptionType, DateTimeOffset? FailedAt);
