namespace Ingestion.Contracts;

/// <summary>
/// Schema versions of the messages. A version goes up when optional members are added; existing members never
/// change meaning or type, so a subscriber written against version N reads every later version.
/// History: ArticleDiscovered and ArticleEnriched 2 added <c>metadata</c>; 3 added <c>publishedAtSource</c>.
/// </summary>
public static class ContractVersions
{
    /// <summary>Schema version of <see cref="Contracts.ArticleDiscovered"/>.</summary>
    public const int ArticleDiscovered = 3;

    /// <summary>Schema version of <see cref="Contracts.ArticleEnriched"/>.</summary>
    public const int ArticleEnriched = 3;

    /// <summary>Schema version of <see cref="Contracts.ArticleStored"/>.</summary>
    public const int ArticleStored = 1;
}
