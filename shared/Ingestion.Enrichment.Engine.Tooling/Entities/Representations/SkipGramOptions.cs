namespace Ingestion.Enrichment.Engine.Entities.Representations;

/// <summary>Settings of <see cref="SkipGramTrainer"/>; the same corpus and options give the same vectors.</summary>
public sealed record SkipGramOptions
{
    public int Dimension { get; init; } = 100;

    /// <summary>The widest context on each side; each centre word draws its own width from 1 to this.</summary>
    public int Window { get; init; } = 5;

    public int Negatives { get; init; } = 5;

    public int Epochs { get; init; } = 3;

    /// <summary>Words seen fewer times are left out of the vocabulary (and of training).</summary>
    public int MinCount { get; init; } = 5;

    /// <summary>Character n-gram lengths of a word (with its boundary marks), fastText style.</summary>
    public int MinN { get; init; } = 3;

    public int MaxN { get; init; } = 5;

    /// <summary>Hash buckets the character n-grams share.</summary>
    public int Buckets { get; init; } = 200_000;

    public float LearningRate { get; init; } = 0.05f;

    /// <summary>Frequent words are randomly skipped above this share of the tokens (word2vec's sample).</summary>
    public double Subsample { get; init; } = 1e-4;

    public int Seed { get; init; } = 1;

    /// <summary>
    /// Threads. Each trains its own copy of the weights on its share of a round of sentences; their changes are added
    /// in thread order at the end of the round, so the vectors depend on the seed and the thread count, not on timing.
    /// </summary>
    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>Tokens each thread trains on between two merges.</summary>
    public int RoundTokens { get; init; } = 200_000;
}
