namespace Ingestion.LoadHarness.Reporting;

/// <summary>
/// One service's cost: CPU seconds while the load ran (start-up excluded) and in all, per stored article, split into the
/// engine's own CPU (Enrichment's <c>ingestion_enrichment_engine_cpu_seconds_total</c>; none elsewhere) and the rest,
/// the plumbing; and its peak resident memory (VmHWM).
/// </summary>
internal sealed record ServiceFigures(
    string Name,
    double LoadCpuSeconds,
    double TotalCpuSeconds,
    double CpuMsPerArticle,
    double EngineMsPerArticle,
    double PlumbingMsPerArticle,
    double PeakRssMb);
