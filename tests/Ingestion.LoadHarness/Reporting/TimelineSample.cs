namespace Ingestion.LoadHarness.Reporting;

/// <summary>One second of the run: counts so far, messages waiting per queue (ready + unacknowledged), CPU seconds so far per service.</summary>
internal sealed record TimelineSample(
    double Seconds,
    int Dropped,
    int Stored,
    IReadOnlyDictionary<string, long> Queues,
    IReadOnlyDictionary<string, double> CpuSeconds);
