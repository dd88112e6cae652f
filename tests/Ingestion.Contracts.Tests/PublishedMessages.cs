namespace Ingestion.Contracts.Tests;

/// <summary>
/// The message types the pipeline publishes, by the full names subscribers bind to. MassTransit names the exchange
/// and the <c>urn:message:</c> type after the full name, so renaming or moving one silently cuts every subscriber off:
/// this list only ever grows.
/// </summary>
internal static class PublishedMessages
{
    public static IReadOnlyList<(string FullName, Type Type)> All { get; } =
    [
        ("Ingestion.Contracts.ArticleDiscovered", typeof(ArticleDiscovered)),
        ("Ingestion.Contracts.ArticleEnriched", typeof(ArticleEnriched)),
        ("Ingestion.Contracts.ArticleStored", typeof(ArticleStored)),
    ];

    public static IEnumerable<Type> Types => All.Select(message => message.Type);
}
