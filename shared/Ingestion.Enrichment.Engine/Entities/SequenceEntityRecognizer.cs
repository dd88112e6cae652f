using Ingestion.Contracts;

namespace Ingestion.Enrichment.Engine.Entities;

// PLACEHOLDER: replaced by the NER work.
public sealed class SequenceEntityRecognizer : IEntityRecognizer
{
    public string ModelVersion => "none";

    public static SequenceEntityRecognizer LoadDefault() => new();

    public IReadOnlyList<EntityAnnotation> Recognize(string text, string language) => [];
}
