using System.Globalization;
using Ingestion.Enrichment.Engine.Entities.Evaluation;
using Spectre.Console;

namespace Ingestion.Cli.Commands.Evaluate;

/// <summary>Entity-level precision, recall and F1 per type and overall, as a table.</summary>
internal static class NerScoreTable
{
    public static void Write(NerEvaluation evaluation)
    {
        var table = new Table().AddColumns("type", "gold", "predicted", "correct", "precision", "recall", "F1");
        foreach ((string type, EntityScore score) in evaluation.PerType.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            table.AddRow(Row(type, score));
        }

        table.AddRow(Row("[bold]micro[/]", evaluation.Micro));
        AnsiConsole.Write(table);
    }

    private static string[] Row(string type, EntityScore score) =>
    [
        type,
        score.Gold.ToString(CultureInfo.InvariantCulture),
        score.Predicted.ToString(CultureInfo.InvariantCulture),
        score.Correct.ToString(CultureInfo.InvariantCulture),
        (100 * score.Precision).ToString("0.00", CultureInfo.InvariantCulture),
        (100 * score.Recall).ToString("0.00", CultureInfo.InvariantCulture),
        (100 * score.F1).ToString("0.00", CultureInfo.InvariantCulture),
    ];
}
