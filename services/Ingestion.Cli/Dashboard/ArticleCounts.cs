namespace Ingestion.Cli.Dashboard;

/// <summary>Articles by their state in the ledger; <see cref="Published"/> counts them all, since each was published once.</summary>
public sealed record ArticleCounts(int Published, int Pending, int Stored, int Failed);
