namespace Ingestion.Storage.Persistence;

/// <summary>A stored entity mention.</summary>
public sealed class DocumentEntity
{
    public required string Text { get; set; }

    public required string Type { get; set; }

    public int Start { get; set; }

    public int End { get; set; }

    public double Confidence { get; set; }

    public string? CanonicalName { get; set; }

    public string? Role { get; set; }
}
