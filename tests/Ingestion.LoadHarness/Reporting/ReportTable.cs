using System.Globalization;
using Spectre.Console;

namespace Ingestion.LoadHarness.Reporting;

/// <summary>The run's figures as console tables.</summary>
internal static class ReportTable
{
    public static void Write(LoadReport report)
    {
        Table summary = new Table().Title($"[bold]{report.Mode} loop, {report.Articles} articles{(report.OfferedRate > 0 ? $" offered at {report.OfferedRate}/s" : "")}, {report.Store}[/]")
            .AddColumn("figure").AddColumn(new TableColumn("value").RightAligned());
        summary.AddRow("stored / events", $"{report.Stored} / {report.Events}");
        summary.AddRow("sustained articles/s (10th-90th pct of store times)", F(report.SustainedPerSecond));
        summary.AddRow("overall articles/s (first drop to last store)", F(report.OverallPerSecond));
        if (report.Ceiling is { } ceiling)
        {
            summary.AddRow($"raw 3-hop ceiling msg/s ({ceiling.MessageBytes} B, persistent, confirmed)", F(ceiling.MessagesPerSecond));
            summary.AddRow("[bold]pipeline / ceiling[/]", $"[bold]{report.PipelineOverCeiling?.ToString("F3", CultureInfo.InvariantCulture)}[/]");
        }

        summary.AddRow("receivedAt → StoredAt p50 / p95 / p99 / max ms", L(report.ReceivedToStored));
        summary.AddRow("dropped → event seen p50 / p95 / p99 / max ms", L(report.DroppedToSeen));
        summary.AddRow("same two, articles dropped from 10 s on", $"{L(report.ReceivedToStoredAfterStart)}; {L(report.DroppedToSeenAfterStart)}");
        summary.AddRow("CPU ms/article, all services: engine / plumbing", $"{F(report.EngineMsPerArticle, "F2")} / [bold]{F(report.PlumbingMsPerArticle, "F2")}[/]");
        summary.AddRow("deliveries per article (" + string.Join(", ", report.Deliveries.Where(q => q.Delivered > 0).Select(q => $"{q.Name} {q.Delivered}")) + ")", F(report.DeliveriesPerArticle, "F2"));
        summary.AddRow("machine", $"{report.Machine.Cores} cores, load {report.Machine.LoadAverageBefore} → {report.Machine.LoadAverageAfter}");
        AnsiConsole.Write(summary);

        Table services = new Table().AddColumn("service")
            .AddColumn(new TableColumn("CPU s under load").RightAligned())
            .AddColumn(new TableColumn("CPU s in all").RightAligned())
            .AddColumn(new TableColumn("CPU ms/article").RightAligned())
            .AddColumn(new TableColumn("engine").RightAligned())
            .AddColumn(new TableColumn("plumbing").RightAligned())
            .AddColumn(new TableColumn("peak RSS MB").RightAligned())
            .AddColumn(new TableColumn("methods JIT-compiled ready / end").RightAligned())
            .AddColumn(new TableColumn("JIT wall s").RightAligned())
            .AddColumn(new TableColumn("GCs / pause ms under load").RightAligned());
        foreach (ServiceFigures service in report.Services)
        {
            services.AddRow(service.Name, F(service.LoadCpuSeconds), F(service.TotalCpuSeconds), F(service.CpuMsPerArticle, "F2"), F(service.EngineMsPerArticle, "F2"), F(service.PlumbingMsPerArticle, "F2"), F(service.PeakRssMb), $"{F(service.JitMethodsAtReady, "F0")} / {F(service.JitMethods, "F0")}", F(service.JitSeconds), $"{F(service.GcCollections, "F0")} / {F(service.GcPauseMs, "F0")}");
        }

        AnsiConsole.Write(services);
        if (report.Stages is { } breakdown)
        {
            Table stages = new Table().Title($"[bold]where the time goes: the slowest {breakdown.SlowestCount} were dropped {breakdown.SlowestFromSecond:F1}-{breakdown.SlowestToSecond:F1} s into the run[/]")
                .AddColumn("stage")
                .AddColumn(new TableColumn("median ms").RightAligned())
                .AddColumn(new TableColumn("p99 ms").RightAligned())
                .AddColumn(new TableColumn("slowest 1%: mean ms").RightAligned());
            foreach (StageFigure stage in breakdown.Stages)
            {
                stages.AddRow(stage.Stage, F(stage.MedianMs), F(stage.P99Ms), F(stage.SlowestMeanMs));
            }

            AnsiConsole.Write(stages);
        }
    }

    private static string F(double value, string format = "F1") => value.ToString(format, CultureInfo.InvariantCulture);

    private static string L(Latency latency) =>
        string.Create(CultureInfo.InvariantCulture, $"{latency.P50Ms:F0} / {latency.P95Ms:F0} / {latency.P99Ms:F0} / {latency.MaxMs:F0}");
}
