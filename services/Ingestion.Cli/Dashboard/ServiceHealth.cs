namespace Ingestion.Cli.Dashboard;

/// <summary>A part of the pipeline as the page judges it: <c>ok</c>, <c>down</c> or <c>unknown</c>, and why.</summary>
public sealed record ServiceHealth(string Name, string State, string Detail)
{
    public const string Ok = "ok";
    public const string Down = "down";
    public const string Unknown = "unknown";
}
