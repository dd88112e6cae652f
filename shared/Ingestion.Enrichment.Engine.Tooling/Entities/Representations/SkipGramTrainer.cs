namespace Ingestion.Enrichment.Engine.Entities.Representations;

/// <summary>
/// Skip-gram with negative sampling over words and their character n-grams (fastText style: a word's input vector is
/// the mean of its own row and of its n-grams' hashed rows), trained on several threads deterministically: within a
/// round every thread trains a private copy of the weights on its share of the sentences, then the copies' changes
/// are added to the shared weights in thread order.
/// </summary>
public static class SkipGramTrainer
{
    private const int NegativeTableSize = 5_000_000;

    public static WordVectors Train(IReadOnlyList<int[]> sentences, Vocabulary vocabulary, SkipGramOptions options, IProgress<SkipGramProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentNullException.ThrowIfNull(options);
        int d = options.Dimension;
        int threads = Math.Max(1, options.Threads);
        int[][] subwords = [.. vocabulary.Words.Select((word, id) => Subwords(word, id, vocabulary.Count, options))];
        var random = new Random(options.Seed);
        var input = new float[(vocabulary.Count + options.Buckets) * d];
        for (int i = 0; i < input.Length; i++)
        {
            input[i] = (float)((random.NextDouble() * 2) - 1) / d;
        }

        var output = new float[vocabulary.Count * d];
        int[] negatives = NegativeTable(vocabulary.Counts);
        float[] keep = KeepProbabilities(vocabulary.Counts, options.Subsample);
        long corpusTokens = sentences.Sum(s => (long)s.Length);
        long totalTokens = corpusTokens * options.Epochs;
        var localInput = new float[threads][];
        var localOutput = new float[threads][];
        for (int t = 0; t < threads; t++)
        {
            localInput[t] = new float[input.Length];
            localOutput[t] = new float[output.Length];
        }

        long done = 0;
        int round = 0;
        for (int epoch = 1; epoch <= options.Epochs; epoch++)
        {
            int next = 0;
            while (next < sentences.Count)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var shares = new (int From, int To)[threads];
                for (int t = 0; t < threads; t++)
                {
                    int from = next;
                    long tokens = 0;
                    while (next < sentences.Count && tokens < options.RoundTokens)
                    {
                        tokens += sentences[next++].Length;
                    }

                    shares[t] = (from, next);
                }

                long roundStart = done;
                var losses = new double[threads];
                var counts = new long[threads];
                int roundSeed = unchecked((options.Seed * 1_000_003) + (round * 7919));
                Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellationToken }, t =>
                {
                    input.CopyTo(localInput[t], 0);
                    output.CopyTo(localOutput[t], 0);
                    var context = new ThreadContext(localInput[t], localOutput[t], subwords, negatives, keep, options, new Random(unchecked((roundSeed * 31) + t)));
                    long localDone = 0;
                    for (int s = shares[t].From; s < shares[t].To; s++)
                    {
                        float progressShare = (float)(roundStart + (localDone * threads)) / totalTokens;
                        float rate = options.LearningRate * Math.Max(1e-4f, 1 - progressShare);
                        context.TrainSentence(sentences[s], rate);
                        localDone += sentences[s].Length;
                    }

                    losses[t] = context.Loss;
                    counts[t] = context.Pairs;
                });

                Merge(input, localInput, cancellationToken);
                Merge(output, localOutput, cancellationToken);
                done += shares.Sum(s => Enumerable.Range(s.From, s.To - s.From).Sum(i => (long)sentences[i].Length));
                round++;
                progress?.Report(new SkipGramProgress(epoch, options.Epochs, done, totalTokens, losses.Sum() / Math.Max(1, counts.Sum())));
            }
        }

        return WordVectors.FromSubwords(vocabulary.Words, subwords, input, d);
    }

    /// <summary>The row indices of a word: its own, then its character n-grams' hashed buckets (after the vocabulary).</summary>
    internal static int[] Subwords(string word, int id, int vocabularySize, SkipGramOptions options)
    {
        var rows = new List<int> { id };
        string marked = $"<{word}>";
        for (int n = options.MinN; n <= options.MaxN; n++)
        {
            for (int i = 0; i + n <= marked.Length; i++)
            {
                if (n == marked.Length)
                {
                    continue;
                }

                uint hash = 2166136261;
                foreach (char c in marked.AsSpan(i, n))
                {
                    hash = (hash ^ c) * 16777619;
                }

                rows.Add(vocabularySize + (int)(hash % (uint)options.Buckets));
            }
        }

        return [.. rows];
    }

    // shared += sum over threads of (copy - shared), element by element in thread order: the same sum every run.
    private static void Merge(float[] shared, float[][] copies, CancellationToken cancellationToken)
    {
        const int Chunk = 1 << 16;
        int chunks = (shared.Length + Chunk - 1) / Chunk;
        Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = copies.Length, CancellationToken = cancellationToken }, c =>
        {
            int end = Math.Min(shared.Length, (c + 1) * Chunk);
            for (int i = c * Chunk; i < end; i++)
            {
                float baseline = shared[i];
                float sum = baseline;
                foreach (float[] copy in copies)
                {
                    sum += copy[i] - baseline;
                }

                shared[i] = sum;
            }
        });
    }

    private static int[] NegativeTable(IReadOnlyList<long> counts)
    {
        double total = counts.Sum(c => Math.Pow(c, 0.75));
        var table = new int[NegativeTableSize];
        int word = 0;
        double cumulative = Math.Pow(counts[0], 0.75) / total;
        for (int i = 0; i < table.Length; i++)
        {
            table[i] = word;
            if ((double)i / table.Length > cumulative && word < counts.Count - 1)
            {
                word++;
                cumulative += Math.Pow(counts[word], 0.75) / total;
            }
        }

        return table;
    }

    private static float[] KeepProbabilities(IReadOnlyList<long> counts, double sample)
    {
        double total = counts.Sum();
        return [.. counts.Select(c =>
        {
            double frequency = c / total;
            return sample <= 0 ? 1f : (float)Math.Min(1, (Math.Sqrt(frequency / sample) + 1) * sample / frequency);
        })];
    }

    private sealed class ThreadContext(float[] input, float[] output, int[][] subwords, int[] negatives, float[] keep, SkipGramOptions options, Random random)
    {
        private readonly float[] _hidden = new float[options.Dimension];
        private readonly float[] _gradient = new float[options.Dimension];
        private int[] _kept = new int[256];

        public double Loss { get; private set; }

        public long Pairs { get; private set; }

        public void TrainSentence(int[] sentence, float rate)
        {
            int d = options.Dimension;
            if (_kept.Length < sentence.Length)
            {
                _kept = new int[sentence.Length * 2];
            }

            int n = 0;
            foreach (int word in sentence)
            {
                if (keep[word] >= 1 || random.NextSingle() < keep[word])
                {
                    _kept[n++] = word;
                }
            }

            for (int pos = 0; pos < n; pos++)
            {
                int[] rows = subwords[_kept[pos]];
                Array.Clear(_hidden);
                foreach (int row in rows)
                {
                    VectorMath.AddScaled(1f / rows.Length, input.AsSpan(row * d, d), _hidden);
                }

                Array.Clear(_gradient);
                int width = random.Next(1, options.Window + 1);
                for (int c = Math.Max(0, pos - width); c < Math.Min(n, pos + width + 1); c++)
                {
                    if (c == pos)
                    {
                        continue;
                    }

                    int target = _kept[c];
                    for (int k = 0; k <= options.Negatives; k++)
                    {
                        int word = k == 0 ? target : negatives[random.Next(negatives.Length)];
                        if (k > 0 && word == target)
                        {
                            continue;
                        }

                        Span<float> outRow = output.AsSpan(word * d, d);
                        float score = 1 / (1 + MathF.Exp(-VectorMath.Dot(_hidden, outRow)));
                        float label = k == 0 ? 1 : 0;
                        Loss -= MathF.Log(Math.Max(1e-6f, k == 0 ? score : 1 - score));
                        float g = (label - score) * rate;
                        VectorMath.AddScaled(g, outRow, _gradient);
                        VectorMath.AddScaled(g, _hidden, outRow);
                    }

                    Pairs++;
                }

                foreach (int row in rows)
                {
                    VectorMath.AddScaled(1, _gradient, input.AsSpan(row * d, d));
                }
            }
        }
    }
}
