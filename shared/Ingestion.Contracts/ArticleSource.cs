namespace Ingestion.Contracts;

/// <summary>Where an article came from, including the news agency named in its dateline.</summary>
public sealed record ArticleSource
{
    /// <summary>The feed file that carried the article.</summary>
    public required string FileName { get; init; }

    /// <summary>The reader that parsed the file: <c>txt</c>, <c>json</c>, ...</summary>
    public string? Format { get; init; }

    /// <summary>The character set the file was decoded from.</summary>
    public string? Charset { get; init; }

    /// <summary>The source's own id for the article, if any.</summary>
    public string? SourceId { get; init; }

    /// <summary>The source's declared name, if any.</summary>
    public string? Name { get; init; }

    /// <summary>The article's URL, if known.</summary>
    public string? Url { get; init; }

    /// <summary>The news agency of the dateline, when one was detected.</summary>
    public NewsAgency? Agency { get; init; }
}
