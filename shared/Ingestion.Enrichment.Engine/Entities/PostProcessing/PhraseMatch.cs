namespace Ingestion.Enrichment.Engine.Entities.PostProcessing;

// A gazetteer phrase found at tokens [StartToken, EndToken); the first
// CliticLength folded letters of the first token are a clitic outside the mention.
internal readonly record struct PhraseMatch(int StartToken, int EndToken, int CliticLength, string Type);
