using System.Text.Json.Serialization;

namespace Ingestion.Storage.Persistence;

/// <summary>
/// An enriched article as stored and as <c>ingest articles export</c> prints it. Storage-agnostic: each store maps
/// it in its own folder. Offsets are UTF-16 indices into <see cref="Text"/>, end exclusive.
/// </summary>
public sealed class ArticleDocument
{
    public required string Id { get; set; }

    public required string Title { get; set; }

    /// <summary>The exact text the engine saw: headline, <c>\n</c>, body.</summary>
    public required string Text { get; set; }

    public required string Language { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    /// <summary><c>file-time</c> when <see cref="PublishedAt"/> is the feed file's time because the source gave no readable date.</summary>
    public string? PublishedAtSource { get; set; }

    public required DateTimeOffset ReceivedAt { get; set; }

    public DateTimeOffset EnrichedAt { get; set; }

    public DateTimeOffset StoredAt { get; set; }

    public required string ContentHash { get; set; }

    public required DocumentSource Source { get; set; }

    public List<DocumentEntity> Entities { get; set; } = [];

    public List<DocumentTemporal> Temporal { get; set; } = [];

    public required DocumentEngine Engine { get; set; }

    public List<string> Warnings { get; set; } = [];

    /// <summary>The source's free-form metadata, kept in a sub-document of its own: keys never contain <c>$</c> or <c>.</c>.</summary>
    public Dictionary<string, string>? Metadata { get; set; }

    /// <summary>
    /// Folded keys that <c>ingest articles find</c> looks up through indexes; derived from the fields above by the
    /// store at every write, so never printed.
    /// </summary>
    [JsonIgnore]
    public DocumentSearchKeys? Search { get; set; }
}
