namespace Ingestion.LoadHarness.Reporting;

/// <summary>
/// One service's cost: CPU seconds while the load ran (start-up excluded) and in all, per stored article, split into the
/// engine's own CPU (Enrichment's <c>ingestion_enrichment_engine_cpu_seconds_total</c>; none elsewhere) and the rest,
/// the plumbing; its peak resident memory (VmHWM); and the runtime's JIT: methods compiled once ready and at the end, and
/// the JIT's wall time at the end; garbage collections and the time they paused the service while the load ran (NaN
/// when the service does not export them).
/// </summary>
internal sealed record ServiceFigures(
    string Name,
    double LoadCpuSeconds,
    double TotalCpuSeconds,
    double CpuMsPerArticle,
    double EngineMsPerArticle,
    double PlumbingMsPerArticle,
    double PeakRssMb)
{
    public double JitMethodsAtReady { get; init; } = double.NaN;

    public double JitMethods { get; init; } = double.NaN;

    public double JitSeconds { get; init; } = double.NaN;

    public double GcCollections { get; init; } = double.NaN;

    public double GcPauseMs { get; init; } = double.NaN;
}
