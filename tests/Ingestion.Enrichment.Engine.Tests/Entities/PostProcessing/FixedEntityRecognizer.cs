using Ingestion.Contracts;
using Ingestion.Enrichment.Engine.Entities;

namespace Ingestion.Enrichment.Engine.Tests.Entities.PostProcessing;

/// <summary>An inner recognizer that returns exactly the annotations it was given.</summary>
internal sealed class FixedEntityRecognizer(params EntityAnnotation[] entities) : IEntityRecognizer
{
    public string ModelVersion => "fixed";

    public IReadOnlyList<EntityAnnotation> Recognize(string text, string language) => entities;
}
