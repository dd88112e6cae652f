namespace Ingestion.Enrichment.Engine.Language;

// PLACEHOLDER: replaced by the language work.
public sealed class ScriptLanguageDetector : ILanguageDetector
{
    public LanguageGuess Detect(string text) => new(LanguageGuess.Other, 0);
}
