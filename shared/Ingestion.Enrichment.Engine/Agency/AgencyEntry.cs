namespace Ingestion.Enrichment.Engine.Agency;

// An agency of the dateline lexicon: its names and the preferred abbreviation in each script.
internal sealed record AgencyEntry(string ArabicName, string ArabicAbbreviation, string EnglishName, string LatinAbbreviation);
