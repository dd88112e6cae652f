using Ingestion.LoadHarness.Broker;

namespace Ingestion.LoadHarness.Reporting;

/// <summary>
/// Where an article's time goes, stage by stage: the median of each stage over all articles, and its mean over the
/// slowest 1% (by dropped → event seen), so that a p99 can be read as the stages it is made of. Stages that need the
/// inner events are there only with <c>--stages</c>; without, the watcher's publish, the engine and the store's batch
/// wait are one stage.
/// </summary>
internal sealed record StageBreakdown(IReadOnlyList<StageFigure> Stages, int SlowestCount, double SlowestFromSecond, double SlowestToSecond)
{
    public static StageBreakdown? Of(IReadOnlyCollection<StoredArticle> stored, Func<string, InnerStages?> inner)
    {
        StoredArticle[] timed = [.. stored.Where(s => s.DroppedAt is not null && s.AnnouncedAt is not null)];
        if (timed.Length == 0)
        {
            return null;
        }

        DateTimeOffset start = timed.Min(s => s.DroppedAt!.Value);
        StoredArticle[] slowest = [.. timed.OrderByDescending(s => s.DroppedToSeen!.Value).Take(Math.Max(1, timed.Length / 100))];
        bool withInner = timed.All(s => inner(s.Id) is { DiscoveredSentAt: not null, EnrichedAt: not null, EnrichedSentAt: not null });
        List<(string Name, Func<StoredArticle, TimeSpan> Of)> stages = [("feed: dropped → read by the watcher (quiet period, scan)", s => s.ReceivedAt - s.DroppedAt!.Value)];
        if (withInner)
        {
            stages.Add(("watcher: read → ArticleDiscovered published", s => inner(s.Id)!.DiscoveredSentAt!.Value - s.ReceivedAt));
            stages.Add(("enrichment: queue + engine (→ enrichedAt)", s => inner(s.Id)!.EnrichedAt!.Value - inner(s.Id)!.DiscoveredSentAt!.Value));
            stages.Add(("enrichment: enrichedAt → ArticleEnriched published", s => inner(s.Id)!.EnrichedSentAt!.Value - inner(s.Id)!.EnrichedAt!.Value));
            stages.Add(("storage: queue + batch wait (→ StoredAt, the batch's start)", s => s.StoredAt - inner(s.Id)!.EnrichedSentAt!.Value));
        }
        else
        {
            stages.Add(("watcher publish, enrichment, storage's batch wait (→ StoredAt)", s => s.StoredAt - s.ReceivedAt));
        }

        stages.Add(("storage: write + announce (StoredAt → ArticleStored published)", s => s.AnnouncedAt!.Value - s.StoredAt));
        stages.Add(("broker → subscriber (published → seen)", s => s.SeenAt - s.AnnouncedAt!.Value));
        return new StageBreakdown(
            [.. stages.Select(stage => new StageFigure(
                stage.Name,
                Math.Round(Median(timed.Select(stage.Of)), 1),
                Math.Round(Latency.Of(timed.Select(stage.Of)).P99Ms, 1),
                Math.Round(slowest.Average(s => stage.Of(s).TotalMilliseconds), 1)))],
            slowest.Length,
            Math.Round(slowest.Min(s => (s.DroppedAt!.Value - start).TotalSeconds), 1),
            Math.Round(slowest.Max(s => (s.DroppedAt!.Value - start).TotalSeconds), 1));
    }

    private static double Median(IEnumerable<TimeSpan> values) => Latency.Of(values).P50Ms;
}
