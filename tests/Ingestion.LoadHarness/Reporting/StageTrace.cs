using System.Globalization;
using System.Text;
using Ingestion.LoadHarness.Broker;

namespace Ingestion.LoadHarness.Reporting;

/// <summary>With <c>--stages</c>: one line per article with every time it passed, for reading the slow ones one by one.</summary>
internal static class StageTrace
{
    public static async Task WriteAsync(string path, IReadOnlyCollection<StoredArticle> stored, Func<string, InnerStages?> inner, CancellationToken cancellationToken)
    {
        StringBuilder csv = new("fileName,droppedAt,receivedAt,discoveredSentAt,enrichedAt,enrichedSentAt,storedAt,announcedAt,seenAt\n");
        foreach (StoredArticle article in stored.OrderBy(s => s.DroppedAt))
        {
            InnerStages? stages = inner(article.Id);
            csv.AppendJoin(',', article.FileName, T(article.DroppedAt), T(article.ReceivedAt), T(stages?.DiscoveredSentAt), T(stages?.EnrichedAt), T(stages?.EnrichedSentAt), T(article.StoredAt), T(article.AnnouncedAt), T(article.SeenAt)).Append('\n');
        }

        await File.WriteAllTextAsync(path, csv.ToString(), cancellationToken);
    }

    private static string T(DateTimeOffset? at) => at?.ToUniversalTime().ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture) ?? "";
}
