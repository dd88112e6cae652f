using Ingestion.Cli.Dashboard;
using Ingestion.Storage.Persistence.Querying;

namespace Ingestion.Cli.Tests.Dashboard;

public sealed class ThroughputTests
{
    private static readonly DateTimeOffset s_now = new(2026, 12, 7, 12, 30, 20, TimeSpan.Zero);

    [Fact]
    public void From_TwentyArticles_P95IsTheNineteenthSlowestAndMinutesCountThem()
    {
        // Latencies 1..20 s, one article every 10 s back from now.
        StoredTiming[] timings = [.. Enumerable.Range(1, 20).Select(i => Timing(TimeSpan.FromSeconds(10 * i), TimeSpan.FromSeconds(i)))];

        Throughput throughput = Throughput.From(timings, s_now, 15, 1000);

        Assert.Equal(19, throughput.P95Seconds);
        Assert.Equal(20, throughput.Stored);
        Assert.False(throughput.Sampled);
        Assert.Equal(15, throughput.Minutes.Count);
        Assert.Equal(new DateTimeOffset(2026, 12, 7, 12, 30, 0, TimeSpan.Zero), throughput.Minutes[^1].Minute);
        Assert.Equal(20, throughput.Minutes.Sum(m => m.Stored));
        Assert.Equal(2, throughput.Minutes[^1].Stored);
        Assert.Equal(20 / (14 * 60 + 20.0), throughput.StoredPerSecond, 6);
    }

    [Fact]
    public void From_Nothing_NoP95AndZeroRate()
    {
        Throughput throughput = Throughput.From([], s_now, 15, 1000);

        Assert.Null(throughput.P95Seconds);
        Assert.Equal(0, throughput.StoredPerSecond);
        Assert.All(throughput.Minutes, m => Assert.Null(m.P95Seconds));
    }

    [Fact]
    public void From_AsManyAsTheLimit_SampledAndRateOverTheSpanRead()
    {
        StoredTiming[] timings = [.. Enumerable.Range(1, 10).Select(i => Timing(TimeSpan.FromSeconds(i), TimeSpan.FromSeconds(1)))];

        Throughput throughput = Throughput.From(timings, s_now, 15, 10);

        Assert.True(throughput.Sampled);
        Assert.Equal(1.0, throughput.StoredPerSecond, 6);
    }

    private static StoredTiming Timing(TimeSpan ago, TimeSpan latency) => new(s_now - ago - latency, s_now - ago);
}
