using System.Globalization;
using Ingestion.Storage.Persistence;
using Ingestion.Storage.Persistence.Querying;

namespace Ingestion.Cli.Commands.Articles;

/// <summary>One found article on one line: id, stored time, language, agency, title, and the mentions that matched.</summary>
public static class FoundArticleLine
{
    public static string For(ArticleDocument document, ArticleQuery query)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(query);
        List<string> parts =
        [
            document.Id,
            document.StoredAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            document.Language,
        ];
        if ((document.Source.AgencyLatin ?? document.Source.Agency) is { } agency)
        {
            parts.Add(agency);
        }

        parts.Add(document.Title.Length > 0 ? document.Title : document.Source.FileName);
        string matched = string.Join(", ", document.Entities
            .Where(query.MatchesMention)
            .Select(e => $"{e.Text} ({e.Type})")
            .Distinct(StringComparer.Ordinal));
        return string.Join(" · ", parts) + (matched.Length > 0 ? $" · {matched}" : string.Empty);
    }
}
