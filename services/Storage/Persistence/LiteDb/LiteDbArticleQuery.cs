using Ingestion.Storage.Persistence.Querying;
using LiteDB;

namespace Ingestion.Storage.Persistence.LiteDb;

/// <summary>
/// An <see cref="ArticleQuery"/> as LiteDB clauses over the search keys' indexes. LiteDB reads one index per query,
/// the most selective clause's; the other clauses filter what it returns, and <see cref="ArticleQuery.Matches"/>
/// checks each result again (the words, and a type range that an array can meet with two different keys).
/// </summary>
public static class LiteDbArticleQuery
{
    public static ILiteQueryable<ArticleDocument> Build(ILiteQueryable<ArticleDocument> articles, ArticleQuery query)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(query);
        ILiteQueryable<ArticleDocument> built = articles;
        if (query.EntityKey is { } entity)
        {
            built = built.Where("$.Search.Entities[*] ANY = @0", entity);
        }
        else if (query.TypeKeyRange is (string from, string below))
        {
            built = built.Where("$.Search.Entities[*] ANY BETWEEN @0 AND @1", from, below);
        }

        if (query.AgencyKey is { } agency)
        {
            built = built.Where("$.Search.Agencies[*] ANY = @0", agency);
        }

        if (query.Dates is { } dates)
        {
            built = built.Where("$.Search.Dates[*] ANY BETWEEN @0 AND @1", dates.FromKey, dates.ToKey);
        }

        if (query.Language is { } language)
        {
            built = built.Where("$.Language = @0", language);
        }

        return built.OrderByDescending("$.StoredAt");
    }
}
