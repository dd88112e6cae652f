namespace Ingestion.Enrichment.Engine.Entities.Evaluation;

/// <summary>One fold's scores: the model alone and the whole recognizer, on the fold and on the out-of-domain set.</summary>
public sealed record FoldResult(int Sentences, NerEvaluation Model, NerEvaluation Engine, NerEvaluation? OutOfDomain, NerEvaluation? OutOfDomainEngine);
