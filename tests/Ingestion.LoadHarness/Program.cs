using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ingestion.LoadHarness;
using Ingestion.LoadHarness.Reporting;
using Spectre.Console;

// The repository root is found from the harness's own folder, so the harness runs from anywhere.
string root = FindRepositoryRoot(AppContext.BaseDirectory);
HarnessOptions options = HarnessOptions.Parse(args, root);
using CancellationTokenSource cancel = new();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

LoadRun run = new(options, root);
(LoadReport report, IReadOnlyList<(double Second, double P95Ms)> latency) = await run.ExecuteAsync(cancel.Token);
ReportTable.Write(report);
string name = report.Mode == "open" ? $"open-{report.OfferedRate}" : "closed";
string stamp = DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
string json = Path.Combine(options.Output, $"load-{name}-{stamp}.json");
await File.WriteAllTextAsync(json, JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase, NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals }));
string svg = Path.ChangeExtension(json, ".svg");
await File.WriteAllTextAsync(svg, SvgPlot.Render(report, latency));
AnsiConsole.MarkupLineInterpolated($"Written: {json} and {svg}");
return report.Stored == report.Articles ? 0 : 1;

static string FindRepositoryRoot(string start)
{
    for (DirectoryInfo? folder = new(start); folder is not null; folder = folder.Parent)
    {
        if (File.Exists(Path.Combine(folder.FullName, "Ingestion.sln")))
        {
            return folder.FullName;
        }
    }

    throw new InvalidOperationException("Run the harness from inside the repository (Ingestion.sln not found above it).");
}
