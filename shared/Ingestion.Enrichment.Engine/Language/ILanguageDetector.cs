namespace Ingestion.Enrichment.Engine.Language;

/// <summary>Tells which language a text is in.</summary>
public interface ILanguageDetector
{
    LanguageGuess Detect(string text);
}
