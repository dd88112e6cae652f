using Ingestion.Contracts;
using Ingestion.Storage.Persistence;

namespace Ingestion.Cli.Replaying;

/// <summary>
/// A stored document back as the <see cref="ArticleEnriched"/> it was stored from. The store keeps everything but
/// the language confidence (sent as 0), the reference date (rebuilt as the engine chose it: the published date, else
/// the received date) and the agency's offsets (found again in the text).
/// </summary>
public static class StoredArticleEvent
{
    public static ArticleEnriched ToEnriched(ArticleDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new ArticleEnriched
        {
            ArticleId = document.Id,
            ContentHash = document.ContentHash,
            Title = document.Title,
            Text = document.Text,
            Language = document.Language,
            PublishedAt = document.PublishedAt,
            ReceivedAt = document.ReceivedAt,
            EnrichedAt = document.EnrichedAt,
            ReferenceDate = DateOnly.FromDateTime((document.PublishedAt ?? document.ReceivedAt).Date),
            Source = new ArticleSource
            {
                FileName = document.Source.FileName,
                Format = document.Source.Format,
                Charset = document.Source.Charset,
                SourceId = document.Source.SourceId,
                Name = document.Source.Name,
                Url = document.Source.Url,
                Agency = Agency(document),
            },
            Entities = [.. document.Entities.Select(e => new EntityAnnotation
            {
                Text = e.Text,
                Type = e.Type,
                Start = e.Start,
                End = e.End,
                Confidence = e.Confidence,
                CanonicalName = e.CanonicalName,
                Role = e.Role,
            })],
            Temporal = [.. document.Temporal.Select(t => new TemporalAnnotation { Text = t.Text, Type = t.Type, Start = t.Start, End = t.End, Value = t.Value, Mod = t.Mod })],
            Engine = new EngineInfo { Name = document.Engine.Name, Version = document.Engine.Version, ModelVersion = document.Engine.ModelVersion },
            Metadata = document.Metadata,
            Warnings = [.. document.Warnings],
        };
    }

    private static NewsAgency? Agency(ArticleDocument document)
    {
        DocumentSource source = document.Source;
        if (source.Agency is null)
        {
            return null;
        }

        // The dateline follows the headline; search the body for the abbreviation the text used, else the full name.
        int bodyStart = document.Text.IndexOf('\n', StringComparison.Ordinal) + 1;
        foreach (string? form in new[] { source.AgencyAbbreviation, source.Agency, source.AgencyLatin })
        {
            int at = string.IsNullOrEmpty(form) ? -1 : document.Text.IndexOf(form, bodyStart, StringComparison.Ordinal);
            if (at >= 0)
            {
                return new NewsAgency { Name = source.Agency, Abbreviation = source.AgencyAbbreviation, Latin = source.AgencyLatin, Start = at, End = at + form!.Length };
            }
        }

        return new NewsAgency { Name = source.Agency, Abbreviation = source.AgencyAbbreviation, Latin = source.AgencyLatin };
    }
}
