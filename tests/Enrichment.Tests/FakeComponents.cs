using Ingestion.Contracts;
using Ingestion.Enrichment.Engine;
using Ingestion.Enrichment.Engine.Agency;
using Ingestion.Enrichment.Engine.Entities;
using Ingestion.Enrichment.Engine.Language;
using Ingestion.Enrichment.Engine.Temporal;

namespace Ingestion.Enrichment.Tests;

/// <summary>Engine components with fixed answers, so consumer tests check the wiring rather than the models.</summary>
internal static class FakeComponents
{
    public static EnrichmentEngine Engine(ITemporalTagger? temporal = null) => new(
        new FixedLanguage(),
        new FixedAgency(),
        new FirstWordIsPerson(),
        temporal ?? new NoTemporal());

    private sealed class FixedLanguage : ILanguageDetector
    {
        public LanguageGuess Detect(string text) => new(LanguageGuess.Arabic, 0.99);
    }

    private sealed class FixedAgency : IAgencyDetector
    {
        public NewsAgency? Detect(string text, int bodyStart) => new() { Name = "وكالة الأنباء الكويتية", Abbreviation = "كونا", Latin = "KUNA", Start = bodyStart, End = bodyStart + 4 };
    }

    private sealed class FirstWordIsPerson : IEntityRecognizer
    {
        public string ModelVersion => "fake-1";

        public IReadOnlyList<EntityAnnotation> Recognize(string text, string language)
        {
            int end = text.IndexOf(' ', StringComparison.Ordinal);
            return [new EntityAnnotation { Text = text[..end], Type = EntityTypes.Person, Start = 0, End = end, Confidence = 1 }];
        }
    }

    private sealed class NoTemporal : ITemporalTagger
    {
        public IReadOnlyList<TemporalAnnotation> Tag(string text, string language, DateOnly referenceDate) => [];
    }
}
