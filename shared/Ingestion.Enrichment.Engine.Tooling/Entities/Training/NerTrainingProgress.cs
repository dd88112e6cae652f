namespace Ingestion.Enrichment.Engine.Entities.Training;

/// <summary>Progress of training: the pass, the sentences done in it, and the share of sentences mis-tagged so far.</summary>
public sealed record NerTrainingProgress(string Stage, int Epoch, int Epochs, int Sentences, int TotalSentences, double SentenceErrorRate);
