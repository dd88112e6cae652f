using Ingestion.Contracts;

namespace Ingestion.Enrichment.Engine.Temporal.Evaluation;

/// <summary>A text with its gold TIMEX3 expressions and the creation date they are resolved against.</summary>
/// <param name="Id">A name for reports: the file name or the article id.</param>
/// <param name="Text">The plain text; the gold offsets index it.</param>
/// <param name="Language">"en" or "ar": which rules the tagger runs.</param>
/// <param name="CreationDate">The document creation time (DCT), the tagger's reference date.</param>
/// <param name="Gold">The gold expressions in text order.</param>
/// <param name="Part">"dev" or "test" (held out), where the gold file says; empty otherwise.</param>
public sealed record TimexDocument(
    string Id,
    string Text,
    string Language,
    DateOnly CreationDate,
    IReadOnlyList<TemporalAnnotation> Gold,
    string Part = "");
