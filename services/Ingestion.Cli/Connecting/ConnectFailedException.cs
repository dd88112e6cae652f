using System.Globalization;

namespace Ingestion.Cli.Connecting;

/// <summary>
/// A broker, store or API that could not be reached. The message is the whole report, one line: what, where (no
/// password), why, and what to check; the cause keeps the details for <c>--verbose</c>.
/// </summary>
public sealed class ConnectFailedException(string what, string where, string reason, string check, Exception? cause = null)
    : Exception($"Cannot reach {what} at {where}: {reason}. Check {check}.", cause)
{
    public string What { get; } = what;

    public string Where { get; } = where;

    public string Reason { get; } = reason;

    public string Check { get; } = check;

    public static string NoAnswerWithin(TimeSpan timeout) =>
        $"no answer within {Seconds(timeout)} s";

    public static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture);
}
