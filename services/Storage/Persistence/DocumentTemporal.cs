namespace Ingestion.Storage.Persistence;

/// <summary>A stored temporal expression with its TIMEX3 value.</summary>
public sealed class DocumentTemporal
{
    public required string Text { get; set; }

    public required string Type { get; set; }

    public int Start { get; set; }

    public int End { get; set; }

    public required string Value { get; set; }

    public string? Mod { get; set; }
}
