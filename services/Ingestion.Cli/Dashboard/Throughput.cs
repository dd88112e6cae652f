using Ingestion.Storage.Persistence.Querying;

namespace Ingestion.Cli.Dashboard;

/// <summary>
/// Articles stored over the last minutes, per minute, with the 95th percentile of their drop-to-stored time (file
/// taken from the feed → document stored). <see cref="Sampled"/>: the window held more articles than were read, so
/// the figures cover only the newest of them.
/// </summary>
public sealed record Throughput(int WindowMinutes, int Stored, double StoredPerSecond, double? P95Seconds, bool Sampled, IReadOnlyList<ThroughputMinute> Minutes)
{
    public static Throughput From(IReadOnlyList<StoredTiming> timings, DateTimeOffset now, int windowMinutes, int limit)
    {
        ArgumentNullException.ThrowIfNull(timings);
        DateTimeOffset end = new(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerMinute), TimeSpan.Zero);
        DateTimeOffset start = end.AddMinutes(-(windowMinutes - 1));
        List<ThroughputMinute> minutes = [];
        for (DateTimeOffset minute = start; minute <= end; minute = minute.AddMinutes(1))
        {
            DateTimeOffset next = minute.AddMinutes(1);
            List<StoredTiming> inMinute = [.. timings.Where(t => t.StoredAt >= minute && t.StoredAt < next)];
            minutes.Add(new ThroughputMinute(minute, inMinute.Count, P95(inMinute)));
        }

        bool sampled = timings.Count >= limit;
        double seconds = sampled && timings.Count > 0
            ? Math.Max(1, (now - timings.Min(t => t.StoredAt)).TotalSeconds)
            : Math.Max(1, (now - start).TotalSeconds);
        return new Throughput(windowMinutes, timings.Count, timings.Count / seconds, P95(timings), sampled, minutes);
    }

    // Nearest rank: the smallest latency at or above which 5% of the articles lie.
    private static double? P95(IReadOnlyCollection<StoredTiming> timings)
    {
        if (timings.Count == 0)
        {
            return null;
        }

        double[] seconds = [.. timings.Select(t => Math.Max(0, t.Latency.TotalSeconds)).Order()];
        return seconds[(int)Math.Ceiling(0.95 * seconds.Length) - 1];
    }
}
