using Ingestion.Enrichment.Engine.Entities.Corpus;
using Ingestion.Enrichment.Engine.Entities.Features;
using Ingestion.Enrichment.Engine.Entities.Model;
using Ingestion.Enrichment.Engine.Text;

namespace Ingestion.Enrichment.Engine.Entities.Training;

/// <summary>
/// Trains a <see cref="NerModel"/>: structured averaged perceptron over BIO labels with Viterbi decoding, sentences
/// shuffled with a seeded generator, so a corpus and options always give the same model.
/// </summary>
public static class NerTrainer
{
    private const int L = NerLabels.Count;

    /// <summary>Trains on the sentences; reports progress per pass and every few hundred sentences.</summary>
    public static NerModel Train(IReadOnlyList<ConllSentence> sentences, NerTrainingOptions options, IProgress<NerTrainingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(options);
        var ids = new Dictionary<ulong, int>();
        var keyOf = new List<ulong>();
        List<Example> examples = Featurize(sentences, options.DocumentWindow, ids, keyOf, progress, cancellationToken);

        int rows = keyOf.Count;
        var weights = new float[rows * L];
        var sums = new float[rows * L];
        var transitions = new float[(L + 1) * L];
        var transitionSums = new float[(L + 1) * L];
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(options.Seed);
        float step = 1;
        for (int epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            int wrong = 0;
            for (int n = 0; n < order.Length; n++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Example example = examples[order[n]];
                int[] predicted = Predict(example, weights, transitions);
                if (!predicted.AsSpan().SequenceEqual(example.Gold))
                {
                    wrong++;
                    Update(example, example.Gold, predicted, weights, sums, transitions, transitionSums, step);
                }

                step++;
                if (n % 500 == 499)
                {
                    progress?.Report(new NerTrainingProgress("train", epoch, options.Epochs, n + 1, order.Length, (double)wrong / (n + 1)));
                }
            }

            progress?.Report(new NerTrainingProgress("train", epoch, options.Epochs, order.Length, order.Length, (double)wrong / Math.Max(1, order.Length)));
        }

        return Average(options, keyOf, weights, sums, transitions, transitionSums, step);
    }

    private static List<Example> Featurize(IReadOnlyList<ConllSentence> sentences, int window, Dictionary<ulong, int> ids, List<ulong> keyOf, IProgress<NerTrainingProgress>? progress, CancellationToken cancellationToken)
    {
        var extractor = new FeatureExtractor(NerLexicons.Default);
        var examples = new List<Example>(sentences.Count);
        var keys = new List<ulong>();
        List<(string Text, IReadOnlyList<Token> Tokens)> joined = TokenSequence.JoinAll(sentences.Select(s => s.Tokens));
        for (int s = 0; s < sentences.Count; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ConllSentence sentence = sentences[s];
            (string text, IReadOnlyList<Token> tokens) = joined[s];
            var ends = new int[tokens.Count];
            keys.Clear();
            extractor.Extract(text, tokens, 0, tokens.Count, keys, ends, TokenSequence.Window(joined, s, window));
            var features = new int[keys.Count];
            for (int k = 0; k < keys.Count; k++)
            {
                if (!ids.TryGetValue(keys[k], out int id))
                {
                    id = keyOf.Count;
                    ids.Add(keys[k], id);
                    keyOf.Add(keys[k]);
                }

                features[k] = id;
            }

            examples.Add(new Example(features, ends, Repair([.. sentence.Tags.Select(NerLabels.Parse)])));
            if (s % 1000 == 999)
            {
                progress?.Report(new NerTrainingProgress("features", 0, 0, s + 1, sentences.Count, 0));
            }
        }

        return examples;
    }

    // An I- with no B- before it (a corpus slip) cannot come out of the constrained decoder, so training on it as
    // given would update on that sentence forever; read it as the B- it must have meant.
    private static int[] Repair(int[] labels)
    {
        for (int i = 0; i < labels.Length; i++)
        {
            if (!NerLabels.IsAllowed(i == 0 ? -1 : labels[i - 1], labels[i]))
            {
                labels[i]--;
            }
        }

        return labels;
    }

    private static int[] Predict(Example example, float[] weights, float[] transitions)
    {
        int n = example.Gold.Length;
        var emissions = new float[n * L];
        int k = 0;
        for (int i = 0; i < n; i++)
        {
            for (; k < example.Ends[i]; k++)
            {
                int row = example.Features[k] * L;
                for (int y = 0; y < L; y++)
                {
                    emissions[(i * L) + y] += weights[row + y];
                }
            }
        }

        var labels = new int[n];
        Viterbi.Decode(emissions, n, transitions, labels, default);
        return labels;
    }

    // Perceptron update with the running sums the averaging trick needs: average = w - sums / step.
    private static void Update(Example example, int[] gold, int[] predicted, float[] weights, float[] sums, float[] transitions, float[] transitionSums, float step)
    {
        int k = 0;
        for (int i = 0; i < gold.Length; i++)
        {
            int from = k;
            k = example.Ends[i];
            if (gold[i] != predicted[i])
            {
                for (int f = from; f < k; f++)
                {
                    int row = example.Features[f] * L;
                    weights[row + gold[i]] += 1;
                    sums[row + gold[i]] += step;
                    weights[row + predicted[i]] -= 1;
                    sums[row + predicted[i]] -= step;
                }
            }

            int goldPrevious = i == 0 ? 0 : gold[i - 1] + 1;
            int predictedPrevious = i == 0 ? 0 : predicted[i - 1] + 1;
            if (goldPrevious != predictedPrevious || gold[i] != predicted[i])
            {
                transitions[(goldPrevious * L) + gold[i]] += 1;
                transitionSums[(goldPrevious * L) + gold[i]] += step;
                transitions[(predictedPrevious * L) + predicted[i]] -= 1;
                transitionSums[(predictedPrevious * L) + predicted[i]] -= step;
            }
        }
    }

    private static NerModel Average(NerTrainingOptions options, List<ulong> keyOf, float[] weights, float[] sums, float[] transitions, float[] transitionSums, float step)
    {
        var rows = new List<(ulong Key, int Row)>();
        Span<float> averaged = stackalloc float[L];
        var all = new float[keyOf.Count * L];
        for (int r = 0; r < keyOf.Count; r++)
        {
            bool any = false;
            for (int y = 0; y < L; y++)
            {
                // Rounded through Half here so the trained model and the saved one score identically.
                float value = (float)(Half)(weights[(r * L) + y] - (sums[(r * L) + y] / step));
                averaged[y] = Math.Abs(value) < options.PruneBelow ? 0 : value;
                any |= averaged[y] != 0;
            }

            if (any)
            {
                averaged.CopyTo(all.AsSpan(r * L, L));
                rows.Add((keyOf[r], r));
            }
        }

        // Sorted by key so that the saved file does not depend on the order features were first seen.
        rows.Sort((a, b) => a.Key.CompareTo(b.Key));
        var kept = new float[rows.Count * L];
        for (int i = 0; i < rows.Count; i++)
        {
            all.AsSpan(rows[i].Row * L, L).CopyTo(kept.AsSpan(i * L, L));
        }

        var averagedTransitions = new float[transitions.Length];
        for (int i = 0; i < transitions.Length; i++)
        {
            averagedTransitions[i] = transitions[i] - (transitionSums[i] / step);
        }

        bool propagate = options.PropagateLabels ?? options.Language == "ar";
        return new NerModel(options.Language, propagate, [.. rows.Select(r => r.Key)], kept, averagedTransitions);
    }

    private sealed record Example(int[] Features, int[] Ends, int[] Gold);
}
