namespace Ingestion.Enrichment.Engine.Language;

/// <summary>A detected language: <c>ar</c>, <c>en</c> or <c>other</c>, with a confidence from 0 to 1.</summary>
public sealed record LanguageGuess(string Code, double Confidence)
{
    public const string Arabic = "ar";
    public const string English = "en";
    public const string Other = "other";
}
