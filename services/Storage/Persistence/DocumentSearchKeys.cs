namespace Ingestion.Storage.Persistence;

/// <summary>
/// The indexed keys of a stored article, made by <see cref="Querying.ArticleSearchKeys"/> when it is written.
/// </summary>
public sealed class DocumentSearchKeys
{
    /// <summary>Each entity's folded text and canonical name, bare and prefixed with its type (<c>PER:مصر</c>).</summary>
    public List<string> Entities { get; set; } = [];

    /// <summary>Every day (<c>yyyy-MM-dd</c>) the article's resolved dates cover, and the day it was published.</summary>
    public List<string> Dates { get; set; } = [];

    /// <summary>The dateline agency's folded name, abbreviation and Latin name.</summary>
    public List<string> Agencies { get; set; } = [];
}
