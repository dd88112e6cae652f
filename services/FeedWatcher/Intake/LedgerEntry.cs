namespace Ingestion.FeedWatcher.Intake;

/// <summary>One published article in the intake ledger.</summary>
public sealed class LedgerEntry
{
    /// <summary>The article id (content-derived); LiteDB's document key.</summary>
    public required string Id { get; set; }

    public required string FileName { get; set; }

    public DateTime PublishedAtUtc { get; set; }
}
