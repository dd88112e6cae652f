using Ingestion.Contracts;

namespace Ingestion.Enrichment.Engine.Entities;

/// <summary>Finds named entities (PER, ORG, LOC, MISC) in a text of a known language.</summary>
public interface IEntityRecognizer
{
    /// <summary>A version string for the model(s) behind the recognizer, stamped on results.</summary>
    string ModelVersion { get; }

    /// <summary>Entities in text order; <c>text[e.Start..e.End] == e.Text</c> for every one.</summary>
    IReadOnlyList<EntityAnnotation> Recognize(string text, string language);
}
