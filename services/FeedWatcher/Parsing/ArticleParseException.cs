namespace Ingestion.FeedWatcher.Parsing;

/// <summary>A feed file that cannot be read as articles. The message is written next to the file in <c>failed/</c>.</summary>
public sealed class ArticleParseException : Exception
{
    public ArticleParseException()
    {
    }

    public ArticleParseException(string message)
        : base(message)
    {
    }

    public ArticleParseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>SHA-256 of the file's bytes, when they could be read: logged and written to the error note.</summary>
    public string? FileHash { get; init; }
}
