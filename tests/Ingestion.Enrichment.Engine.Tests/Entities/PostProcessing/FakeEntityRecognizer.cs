using Ingestion.Contracts;
using Ingestion.Enrichment.Engine.Entities;

namespace Ingestion.Enrichment.Engine.Tests.Entities.PostProcessing;

/// <summary>An inner recognizer that tags given strings with given types, at every occurrence or at the first only.</summary>
internal sealed class FakeEntityRecognizer(params (string Text, string Type)[] mentions) : IEntityRecognizer
{
    public bool FirstOccurrenceOnly { get; init; }

    public string ModelVersion => "fake";

    public IReadOnlyList<EntityAnnotation> Recognize(string text, string language)
    {
        var found = new List<EntityAnnotation>();
        foreach ((string mention, string type) in mentions)
        {
            for (int at = text.IndexOf(mention, StringComparison.Ordinal); at >= 0; at = text.IndexOf(mention, at + mention.Length, StringComparison.Ordinal))
            {
                found.Add(new EntityAnnotation { Text = mention, Type = type, Start = at, End = at + mention.Length, Confidence = 0.9 });
                if (FirstOccurrenceOnly)
                {
                    break;
                }
            }
        }

        return [.. found.OrderBy(e => e.Start)];
    }
}
