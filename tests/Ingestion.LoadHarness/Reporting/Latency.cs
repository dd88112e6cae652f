namespace Ingestion.LoadHarness.Reporting;

internal sealed record Latency(double P50Ms, double P95Ms, double P99Ms, double MaxMs)
{
    public static Latency Of(IEnumerable<TimeSpan> values)
    {
        double[] sorted = [.. values.Select(v => v.TotalMilliseconds).Order()];
        return sorted.Length == 0
            ? new Latency(0, 0, 0, 0)
            : new Latency(Percentile(sorted, 0.50), Percentile(sorted, 0.95), Percentile(sorted, 0.99), sorted[^1]);
    }

    /// <summary>Nearest rank: the smallest value with at least this share of the values at or below it.</summary>
    public static double Percentile(double[] sorted, double share) =>
        sorted[Math.Clamp((int)Math.Ceiling(share * sorted.Length) - 1, 0, sorted.Length - 1)];
}
