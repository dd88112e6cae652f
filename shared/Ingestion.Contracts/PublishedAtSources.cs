namespace Ingestion.Contracts;

/// <summary>The values of <see cref="ArticleDiscovered.PublishedAtSource"/>.</summary>
public static class PublishedAtSources
{
    /// <summary>The source gave no date that could be read: the date is the feed file's modification time.</summary>
    public const string FileTime = "file-time";
}
