namespace Ingestion.Cli.Invocation;

/// <summary>What <c>ingest</c> exits with, so that scripts can tell a mistyped command line from a failed run.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The command ran and failed: something unreachable, missing or rejected.</summary>
    public const int Failure = 1;

    /// <summary>The command line is wrong (unknown command or option, bad value, missing argument); nothing was done.</summary>
    public const int Usage = 2;
}
