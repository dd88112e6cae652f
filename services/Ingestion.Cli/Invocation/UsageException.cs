namespace Ingestion.Cli.Invocation;

/// <summary>A command line that cannot be run as given; reported in one line and exits with <see cref="ExitCodes.Usage"/>.</summary>
public sealed class UsageException(string message) : Exception(message);
