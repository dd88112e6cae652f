using Ingestion.Storage.Persistence;
using Spectre.Console;

namespace Ingestion.Cli.Commands.Enrich;

/// <summary>A person-readable rendering of one enriched article: header, entities, dates.</summary>
internal static class EnrichedArticleView
{
    public static void Write(ArticleDocument document, DateOnly referenceDate)
    {
        AnsiConsole.Write(new Rule($"[bold]{Markup.Escape(document.Title)}[/]").RightJustified());
        string agency = document.Source.Agency is null ? "none" : $"{document.Source.Agency} ({document.Source.AgencyAbbreviation}, {document.Source.AgencyLatin})";
        AnsiConsole.MarkupLineInterpolated($"id [blue]{document.Id}[/] · file {document.Source.FileName} · language [blue]{document.Language}[/] · agency [blue]{agency}[/] · reference date {referenceDate:yyyy-MM-dd}");

        var entities = new Table().AddColumns("type", "text", "offsets", "canonical", "role", "confidence");
        foreach (DocumentEntity entity in document.Entities)
        {
            entities.AddRow(entity.Type, Markup.Escape(entity.Text), $"{entity.Start}-{entity.End}", Markup.Escape(entity.CanonicalName ?? string.Empty), Markup.Escape(entity.Role ?? string.Empty), entity.Confidence.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));
        }

        var temporal = new Table().AddColumns("type", "text", "value", "mod", "offsets");
        foreach (DocumentTemporal expression in document.Temporal)
        {
            temporal.AddRow(expression.Type, Markup.Escape(expression.Text), expression.Value, expression.Mod ?? string.Empty, $"{expression.Start}-{expression.End}");
        }

        AnsiConsole.Write(entities);
        AnsiConsole.Write(temporal);
        foreach (string warning in document.Warnings)
        {
            AnsiConsole.MarkupLineInterpolated($"[yellow]warning:[/] {warning}");
        }
    }
}
