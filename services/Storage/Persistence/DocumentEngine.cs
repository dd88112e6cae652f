namespace Ingestion.Storage.Persistence;

/// <summary>The engine that produced a stored article's annotations.</summary>
public sealed class DocumentEngine
{
    public required string Name { get; set; }

    public required string Version { get; set; }

    public string? ModelVersion { get; set; }
}
