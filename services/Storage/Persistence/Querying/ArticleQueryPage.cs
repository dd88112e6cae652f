namespace Ingestion.Storage.Persistence.Querying;

/// <summary>One page of a query's answer, newest stored first; <see cref="HasMore"/> says whether a next page exists.</summary>
public sealed record ArticleQueryPage(IReadOnlyList<ArticleDocument> Articles, int Skip, int Limit, bool HasMore);
