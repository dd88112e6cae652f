namespace Ingestion.Storage.Persistence;

/// <summary>
/// The indexed keys of a stored article, made by <see cref="Querying.ArticleSearchKeys"/> when it is written.
/// </summary>
public sealed class DocumentSearchKeys
{
    /// <summary>Each entity's folded text and canonical name, prefixed with its type (<c>PER:مصر</c>).</summary>
    public List<string> Entities { get; set; } = [];

    /// <summary>
    /// The day it was published and the days its resolved dates cover: every day (<c>yyyy-MM-dd</c>) in the Mongo
    /// store; in LiteDB a day, or a month (<c>yyyy-MM</c>) or a week (its Monday and <c>W</c>) as one key each.
    /// </summary>
    public List<string> Dates { get; set; } = [];

    /// <summary>The dateline agency's folded name, abbreviation and Latin name.</summary>
    public List<string> Agencies { get; set; } = [];
}
