namespace Ingestion.LoadHarness.Reporting;

/// <summary>One stage of an article's way: its median and p99 over all articles, and its mean over the slowest 1%.</summary>
internal sealed record StageFigure(string Stage, double MedianMs, double P99Ms, double SlowestMeanMs);
