namespace Ingestion.Cli.Management;

/// <summary>
/// The outcome of replaying one error queue: how many messages went back to <see cref="TargetQueue"/>, how many could
/// not be routed there and were put back in the error queue, and why nothing was tried when <see cref="Skipped"/> is set.
/// </summary>
public sealed record ReplayResult(string ErrorQueue, string TargetQueue, int Moved, int PutBack, string? Skipped = null);
