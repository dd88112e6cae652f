namespace Ingestion.Enrichment.Engine.Agency;

/// <summary>An agency of the dateline lexicon: its names and the preferred abbreviation in each script.</summary>
internal sealed record AgencyEntry(string ArabicName, string ArabicAbbreviation, string EnglishName, string LatinAbbreviation);
