namespace Ingestion.Storage.Persistence;

/// <summary>Where a stored article came from.</summary>
public sealed class DocumentSource
{
    public required string FileName { get; set; }

    public string? Format { get; set; }

    public string? Charset { get; set; }

    public string? SourceId { get; set; }

    public string? Name { get; set; }

    public string? Url { get; set; }

    /// <summary>The dateline agency's full name, e.g. وكالة أنباء الشرق الأوسط.</summary>
    public string? Agency { get; set; }

    public string? AgencyAbbreviation { get; set; }

    public string? AgencyLatin { get; set; }
}
