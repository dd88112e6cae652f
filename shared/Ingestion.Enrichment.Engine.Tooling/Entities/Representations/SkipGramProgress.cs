namespace Ingestion.Enrichment.Engine.Entities.Representations;

/// <summary>Where <see cref="SkipGramTrainer"/> is: epoch, tokens done of all the epochs' tokens, mean loss of the last round.</summary>
public sealed record SkipGramProgress(int Epoch, int Epochs, long Tokens, long TotalTokens, double Loss);
