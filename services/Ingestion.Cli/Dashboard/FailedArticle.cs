namespace Ingestion.Cli.Dashboard;

/// <summary>An article a service gave up on (a <c>Fault</c> came back), from the ledger.</summary>
public sealed record FailedArticle(string Id, string FileName, string Reason);
