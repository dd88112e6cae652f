namespace Ingestion.Cli.Dashboard;

/// <summary>Something an operator must look at; <c>error</c> before <c>warning</c> on the page.</summary>
public sealed record StatusAlert(string Level, string Message)
{
    public const string Error = "error";
    public const string Warning = "warning";
}
