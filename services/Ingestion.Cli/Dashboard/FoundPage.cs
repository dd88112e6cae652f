namespace Ingestion.Cli.Dashboard;

/// <summary>The page's <c>/api/find</c>: one page of results, newest stored first.</summary>
public sealed record FoundPage(IReadOnlyList<FoundArticle> Articles, int Skip, int Limit, bool HasMore);
