namespace Ingestion.Contracts;

/// <summary>Where an article came from: the file that carried it and what the source said about it.</summary>
public sealed record ArticleOrigin
{
    /// <summary>The file name in the feed, without its folder.</summary>
    public required string FileName { get; init; }

    /// <summary>The reader that parsed the file: <c>txt</c>, <c>json</c>, ...</summary>
    public required string Format { get; init; }

    /// <summary>The character set the file was decoded from, e.g. <c>utf-8</c> or <c>windows-1256</c>.</summary>
    public string? Charset { get; init; }

    /// <summary>The source's own id for the article (JSON <c>id</c>, RSS GUID), if any.</summary>
    public string? SourceId { get; init; }

    /// <summary>The source's name as declared in the file (e.g. a JSON <c>source</c> field), if any.</summary>
    public string? SourceName { get; init; }

    /// <summary>The article's URL, if known.</summary>
    public string? Url { get; init; }
}
