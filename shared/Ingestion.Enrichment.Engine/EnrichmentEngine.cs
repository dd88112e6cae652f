using System.Diagnostics;
using System.Reflection;
using Ingestion.Contracts;
using Ingestion.Enrichment.Engine.Agency;
using Ingestion.Enrichment.Engine.Entities;
using Ingestion.Enrichment.Engine.Language;
using Ingestion.Enrichment.Engine.Temporal;

namespace Ingestion.Enrichment.Engine;

/// <summary>
/// Composes the components. Each runs in isolation: one that throws is reported as a warning and the article
/// keeps what the others found.
/// </summary>
public sealed class EnrichmentEngine : IEnrichmentEngine
{
    public const string EngineName = "ingestion-engine";

    private readonly ILanguageDetector _languageDetector;
    private readonly IAgencyDetector _agencyDetector;
    private readonly IEntityRecognizer _entityRecognizer;
    private readonly ITemporalTagger _temporalTagger;

    public EnrichmentEngine(
        ILanguageDetector languageDetector,
        IAgencyDetector agencyDetector,
        IEntityRecognizer entityRecognizer,
        ITemporalTagger temporalTagger)
    {
        _languageDetector = languageDetector;
        _agencyDetector = agencyDetector;
        _entityRecognizer = entityRecognizer;
        _temporalTagger = temporalTagger;
        Info = new EngineInfo
        {
            Name = EngineName,
            Version = typeof(EnrichmentEngine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0",
            ModelVersion = entityRecognizer.ModelVersion,
        };
    }

    public EngineInfo Info { get; }

    public EnrichmentResult Enrich(EnrichmentRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        string text = request.Text;
        var warnings = new List<string>();
        var durations = new Dictionary<string, TimeSpan>(4, StringComparer.Ordinal);

        LanguageGuess language = Run("language", warnings, durations, () => _languageDetector.Detect(text), new LanguageGuess(LanguageGuess.Other, 0));
        if (language.Code == LanguageGuess.Other && request.DeclaredLanguage is { Length: > 0 } declared)
        {
            language = new LanguageGuess(declared, language.Confidence);
        }

        NewsAgency? agency = Run("agency", warnings, durations, () => _agencyDetector.Detect(text, request.BodyStart), null);
        IReadOnlyList<EntityAnnotation> entities = Run("entities", warnings, durations, () => _entityRecognizer.Recognize(text, language.Code), []);
        IReadOnlyList<TemporalAnnotation> temporal = Run("temporal", warnings, durations, () => _temporalTagger.Tag(text, language.Code, request.ReferenceDate), []);

        return new EnrichmentResult
        {
            Text = text,
            Language = language,
            Agency = agency,
            Entities = entities,
            Temporal = temporal,
            Engine = Info,
            Warnings = warnings,
            Durations = durations,
        };
    }

    // A component's failure must not cost the article the other components' results.
    private static T Run<T>(string component, List<string> warnings, Dictionary<string, TimeSpan> durations, Func<T> step, T fallback)
    {
        long started = Stopwatch.GetTimestamp();
        try
        {
            return step();
        }
#pragma warning disable CA1031 // Any exception of a component is reported, never propagated.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            warnings.Add($"{component}: {ex.GetType().Name}: {ex.Message}");
            return fallback;
        }
        finally
        {
            durations[component] = Stopwatch.GetElapsedTime(started);
        }
    }
}
