using Ingestion.Contracts;

namespace Ingestion.Enrichment.Engine.Entities.Corpus;

/// <summary>A text with its gold entities, read from stand-off gold (offsets kept apart from a text that may not be copied).</summary>
/// <param name="Source">The text's path under the text root, for reports.</param>
/// <param name="Text">The plain text; the gold offsets index it.</param>
/// <param name="Language">"en" or "ar".</param>
/// <param name="Part">"dev" or "test" (held out), as the gold file says.</param>
/// <param name="Gold">The gold entities in text order (Start, End, Type; End exclusive).</param>
public sealed record StandoffNerDocument(
    string Source,
    string Text,
    string Language,
    string Part,
    IReadOnlyList<EntityAnnotation> Gold);
