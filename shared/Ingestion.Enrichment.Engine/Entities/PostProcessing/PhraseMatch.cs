namespace Ingestion.Enrichment.Engine.Entities.PostProcessing;

/// <summary>
/// A gazetteer phrase found at tokens [<see cref="StartToken"/>, <see cref="EndToken"/>); the first
/// <see cref="CliticLength"/> folded letters of the first token are a clitic outside the mention.
/// </summary>
internal readonly record struct PhraseMatch(int StartToken, int EndToken, int CliticLength, string Type);
