using System.Globalization;
using Ingestion.Enrichment.Engine.Entities.Evaluation;
using Ingestion.Enrichment.Engine.Entities.Model;
using Spectre.Console;

namespace Ingestion.Cli.Commands.Train;

/// <summary>F1 mean ± sd over the folds per type: model alone and whole recognizer, in domain and out of it.</summary>
internal static class CrossValidationTable
{
    public static void Write(CrossValidationReport report)
    {
        bool outOfDomain = report.Folds.Any(f => f.OutOfDomain is not null);
        bool second = report.Folds.Any(f => f.SecondOutOfDomain is not null);
        var table = new Table().AddColumns("type", "gold", "model F1", "whole recognizer F1");
        if (outOfDomain)
        {
            table.AddColumns("out-of-domain model F1", "out-of-domain whole F1");
        }

        if (second)
        {
            table.AddColumns("Wojood model F1", "Wojood whole F1");
        }

        foreach (string type in NerLabels.Types.Append("micro"))
        {
            List<string> row =
            [
                type,
                report.Folds.Sum(f => Pick(f.Model, type)!.Gold).ToString(CultureInfo.InvariantCulture),
                Cell(report.Folds.Select(f => Pick(f.Model, type))),
                Cell(report.Folds.Select(f => Pick(f.Engine, type))),
            ];
            if (outOfDomain)
            {
                row.Add(type == "MISC" ? "-" : Cell(report.Folds.Select(f => Pick(f.OutOfDomain, type))));
                row.Add(type == "MISC" ? "-" : Cell(report.Folds.Select(f => Pick(f.OutOfDomainEngine, type))));
            }

            if (second)
            {
                row.Add(type == "MISC" ? "-" : Cell(report.Folds.Select(f => Pick(f.SecondOutOfDomain?.Model, type))));
                row.Add(type == "MISC" ? "-" : Cell(report.Folds.Select(f => Pick(f.SecondOutOfDomain?.Engine, type))));
            }

            table.AddRow([.. row]);
        }

        AnsiConsole.MarkupLineInterpolated($"Pruned below {report.PruneBelow.ToString(CultureInfo.InvariantCulture)}: {report.Folds.Average(f => f.Features):0} features per fold model.");
        AnsiConsole.Write(table);
        (double mean, double sd) = CrossValidationReport.Spread(report.Folds.Select(f => f.Engine.Micro));
        AnsiConsole.MarkupLineInterpolated($"{report.Folds.Count} folds ({string.Join(", ", report.Folds.Select(f => f.Sentences))} sentences; {report.Datelines} datelines in the corpus). Whole recognizer micro F1 [bold]{mean:0.00} ± {sd:0.00}[/] (folds {string.Join(" / ", report.Folds.Select(f => (100 * f.Engine.Micro.F1).ToString("0.00", CultureInfo.InvariantCulture)))}).");
    }

    private static EntityScore? Pick(NerEvaluation? evaluation, string type) =>
        evaluation is null ? null : type == "micro" ? evaluation.Micro : evaluation.PerType[type];

    private static string Cell(IEnumerable<EntityScore?> scores)
    {
        (double mean, double sd) = CrossValidationReport.Spread(scores);
        return double.IsNaN(mean) ? "-" : string.Create(CultureInfo.InvariantCulture, $"{mean:0.00} ± {sd:0.00}");
    }
}
