using System.Globalization;
using System.Text.Json;
using Ingestion.Enrichment.Engine.Temporal;
using Ingestion.Enrichment.Engine.Temporal.Evaluation;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Ingestion.Cli.Commands.Evaluate;

/// <summary><c>ingest evaluate dates</c>: pass rates of the temporal tagger on the Recognizers-Text Arabic specs.</summary>
public sealed class EvaluateDatesCommand : Command<EvaluateDatesSettings>
{
    private static readonly JsonSerializerOptions s_json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public override int Execute(CommandContext context, EvaluateDatesSettings settings, CancellationToken cancellationToken)
    {
        DateSpecReport report = new DateSpecEvaluator(new RuleTemporalTagger(recognizersTextConventions: true)).Evaluate(settings.Cases);
        if (settings.Json)
        {
            Console.Out.WriteLine(JsonSerializer.Serialize(
                new
                {
                    extractorPassed = report.ExtractorPassed,
                    extractorPassRateWithoutDisputed = report.ExtractorPassRate,
                    files = report.Files.Select(file => new
                    {
                        file.File,
                        file.Cases,
                        file.Passed,
                        file.PassRate,
                        Disputed = file.Disputed.Count,
                        Failures = settings.ShowFailures ? file.Failures.Select(f => new { f.Input, f.Expected, f.Got }) : null,
                    }),
                },
                s_json));
            return 0;
        }

        var table = new Table().AddColumns("spec file", "cases", "passed", "pass rate", "disputed");
        foreach (DateSpecFileResult file in report.Files)
        {
            bool target = DateSpecReport.ExtractorTargets.Contains(file.File, StringComparer.OrdinalIgnoreCase);
            table.AddRow(target ? $"[bold]{file.File}[/]" : file.File, file.Cases.ToString(CultureInfo.InvariantCulture), file.Passed.ToString(CultureInfo.InvariantCulture), file.PassRate.ToString("P1", CultureInfo.InvariantCulture), file.Disputed.Count.ToString(CultureInfo.InvariantCulture));
        }

        AnsiConsole.Write(table);
        int allTargetCases = report.Files.Where(f => DateSpecReport.ExtractorTargets.Contains(f.File, StringComparer.OrdinalIgnoreCase)).Sum(f => f.Cases);
        AnsiConsole.MarkupLineInterpolated(
            $"Extractor specs (Date, DatePeriod, Duration, Time): [bold]{report.ExtractorPassed}/{allTargetCases}[/] = {(double)report.ExtractorPassed / Math.Max(1, allTargetCases):P1} of all cases; {report.ExtractorPassRate:P1} without the disputed ones (see disputed.tsv).");

        if (settings.ShowFailures)
        {
            foreach (DateSpecFileResult file in report.Files)
            {
                foreach (DateSpecCaseResult failure in file.Failures)
                {
                    AnsiConsole.MarkupLineInterpolated($"[red]{file.File}[/] {failure.Input} · expected {failure.Expected} · got {failure.Got}");
                }
            }
        }

        return 0;
    }
}
