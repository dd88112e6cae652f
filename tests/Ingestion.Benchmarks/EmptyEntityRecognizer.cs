using Ingestion.Contracts;
using Ingestion.Enrichment.Engine.Entities;

namespace Ingestion.Benchmarks;

/// <summary>An inner recognizer that finds nothing, so that the post-processing rules are measured alone.</summary>
internal sealed class EmptyEntityRecognizer : IEntityRecognizer
{
    public string ModelVersion => "none";

    public IReadOnlyList<EntityAnnotation> Recognize(string text, string language) => [];
}
