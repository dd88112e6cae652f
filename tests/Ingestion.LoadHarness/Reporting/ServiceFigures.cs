namespace Ingestion.LoadHarness.Reporting;

/// <summary>
/// One service's cost: CPU seconds while the load ran (start-up excluded) and in all, per stored article, and its peak
/// resident memory (VmHWM).
/// </summary>
internal sealed record ServiceFigures(string Name, double LoadCpuSeconds, double TotalCpuSeconds, double CpuMsPerArticle, double PeakRssMb);
