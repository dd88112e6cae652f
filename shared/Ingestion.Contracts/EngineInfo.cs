namespace Ingestion.Contracts;

/// <summary>The engine that produced an article's annotations, so that results can be traced and re-run.</summary>
public sealed record EngineInfo
{
    /// <summary>The engine's name.</summary>
    public required string Name { get; init; }

    /// <summary>The engine's version.</summary>
    public required string Version { get; init; }

    /// <summary>The version of the entity model(s) it used.</summary>
    public string? ModelVersion { get; init; }
}
