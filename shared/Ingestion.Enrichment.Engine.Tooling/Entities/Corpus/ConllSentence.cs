namespace Ingestion.Enrichment.Engine.Entities.Corpus;

/// <summary>A sentence of a CoNLL-style corpus: tokens and their BIO tags, same length.</summary>
public sealed record ConllSentence(IReadOnlyList<string> Tokens, IReadOnlyList<string> Tags);
