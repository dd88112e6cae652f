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
    private const int P = Viterbi.PairWidth;

    /// <summary>Trains on the sentences; reports progress per pass and every few hundred sentences.</summary>
    public static NerModel Train(IReadOnlyList<ConllSentence> sentences, NerTrainingOptions options, IProgress<NerTrainingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(options);
        int window = options.DocumentWindow ?? (options.Language == "ar" ? 10 : 0);
        List<(string Text, IReadOnlyList<Token> Tokens)> joined = TokenSequence.JoinAll(sentences.Select(s => s.Tokens));
        bool stacked = window > 0 && options.Stacked;
        int folds = Math.Max(2, options.Folds);
        (TrainingLexicon[]? harvests, TrainingLexicon? harvest) = options.TrainingLexicon ?? options.Language == "ar"
            ? TrainingLexiconFolds.Build(sentences, joined, folds)
            : (null, null);
        (NerModel first, List<Example> examples, (int Rows, int EdgeRows) rows) = TrainPass(sentences, joined, window, harvests, null, options, progress, cancellationToken);
        first = first.WithHarvest(harvest);
        if (!stacked)
        {
            return first;
        }

        int[][] firstLabels = CrossPredict(examples, rows, Math.Max(2, options.StackingFolds ?? folds), options, progress, cancellationToken);
        (NerModel second, _, _) = TrainPass(sentences, joined, window, harvests, firstLabels, options, progress, cancellationToken);
        return first.WithSecondPass(second.WithHarvest(harvest));
    }

    private static (NerModel Model, List<Example> Examples, (int Rows, int EdgeRows) Rows) TrainPass(IReadOnlyList<ConllSentence> sentences, List<(string Text, IReadOnlyList<Token> Tokens)> joined, int window, TrainingLexicon[]? harvests, int[][]? firstLabels, NerTrainingOptions options, IProgress<NerTrainingProgress>? progress, CancellationToken cancellationToken)
    {
        var keyOf = new FeatureIds();
        var edgeKeyOf = new FeatureIds();
        List<Example> examples = Featurize(sentences, joined, window, harvests, firstLabels, options, keyOf, edgeKeyOf, progress, cancellationToken);

        (int Rows, int EdgeRows) rows = (keyOf.Count, edgeKeyOf.Count);
        var totalWeights = new float[rows.Rows * L];
        var totalEdges = new float[rows.EdgeRows * P];
        var totalTransitions = new float[(L + 1) * L];
        int runs = Math.Max(1, options.Runs);
        for (int run = 0; run < runs; run++)
        {
            (float[] weights, float[] edges, float[] transitions) = RunPerceptron(examples, rows, options, run, progress, cancellationToken);
            for (int i = 0; i < weights.Length; i++)
            {
                totalWeights[i] += weights[i] / runs;
            }

            for (int i = 0; i < edges.Length; i++)
            {
                totalEdges[i] += edges[i] / runs;
            }

            for (int i = 0; i < transitions.Length; i++)
            {
                totalTransitions[i] += transitions[i] / runs;
            }
        }

        return (BuildModel(options, window, keyOf.Keys, totalWeights, totalTransitions, options.LabelEdges ? BuildEdges(options, edgeKeyOf.Keys, totalEdges) : null), examples, rows);
    }

    // The first pass's labels of every training sentence as an unseen sentence would get them: each contiguous fold
    // (contiguous so that a document's own names do not leak from its neighbours) tagged by a perceptron trained on
    // the other folds. Trained on its own predictions instead, the second pass would learn to trust them blindly.
    private static int[][] CrossPredict(List<Example> examples, (int Rows, int EdgeRows) rows, int folds, NerTrainingOptions options, IProgress<NerTrainingProgress>? progress, CancellationToken cancellationToken)
    {
        var labels = new int[examples.Count][];
        for (int fold = 0; fold < folds; fold++)
        {
            int from = (int)((long)examples.Count * fold / folds);
            int to = (int)((long)examples.Count * (fold + 1) / folds);
            progress?.Report(new NerTrainingProgress($"first pass, fold {fold + 1}/{folds}", 0, 0, fold, folds, 0));
            List<Example> rest = [.. examples[..from], .. examples[to..]];
            (float[] weights, float[] edges, float[] transitions) = RunPerceptron(rest, rows, options with { WeightedSentences = 0 }, 0, null, cancellationToken);
            for (int s = from; s < to; s++)
            {
                labels[s] = Predict(examples[s], weights, edges, transitions);
            }
        }

        return labels;
    }

    // One averaged perceptron with its own shuffle seed; returns the averaged weights (w - sums / step).
    private static (float[] Weights, float[] Edges, float[] Transitions) RunPerceptron(List<Example> examples, (int Rows, int EdgeRows) rows, NerTrainingOptions options, int run, IProgress<NerTrainingProgress>? progress, CancellationToken cancellationToken)
    {
        var weights = new float[rows.Rows * L];
        var sums = new float[rows.Rows * L];
        var model = new PerceptronState(weights, sums, new float[rows.EdgeRows * P], new float[rows.EdgeRows * P], new float[(L + 1) * L], new float[(L + 1) * L]);
        float[] transitions = model.Transitions;
        float[] transitionSums = model.TransitionSums;
        int[] order = [.. Enumerable.Range(0, examples.Count).SelectMany(e => Enumerable.Repeat(e, e < options.WeightedSentences ? Math.Max(1, options.Weight) : 1))];
        var random = new Random(options.Seed + run);
        int epochs = options.Epochs * Math.Max(1, options.Runs);
        float step = 1;
        for (int epoch = 1; epoch <= options.Epochs; epoch++)
        {
            int reported = (run * options.Epochs) + epoch;
            random.Shuffle(order);
            int wrong = 0;
            for (int n = 0; n < order.Length; n++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Example example = examples[order[n]];
                int[] predicted = Predict(example, weights, model.Edges, transitions);
                int[] gold = options.ExtraMiscUnlabelled && order[n] >= options.WeightedSentences && options.WeightedSentences > 0
                    ? Predict(example, weights, model.Edges, transitions, MiscOpen(example.Gold))
                    : example.Gold;
                if (!predicted.AsSpan().SequenceEqual(gold))
                {
                    wrong++;
                    Update(example, gold, predicted, model, step, options.LabelEdges && options.EdgeTransitions == LabelEdgeTransitions.PerShape, options.EdgeTypeSwitches);
                }

                step++;
                if (n % 500 == 499)
                {
                    progress?.Report(new NerTrainingProgress("train", reported, epochs, n + 1, order.Length, (double)wrong / (n + 1)));
                }
            }

            progress?.Report(new NerTrainingProgress("train", reported, epochs, order.Length, order.Length, (double)wrong / Math.Max(1, order.Length)));
        }

        for (int i = 0; i < weights.Length; i++)
        {
            weights[i] -= sums[i] / step;
        }

        for (int i = 0; i < transitions.Length; i++)
        {
            transitions[i] -= transitionSums[i] / step;
        }

        for (int i = 0; i < model.Edges.Length; i++)
        {
            model.Edges[i] -= model.EdgeSums[i] / step;
        }

        return (weights, model.Edges, transitions);
    }

    /// <summary>"ar" when most word tokens of the corpus are Arabic, else "en": a default for <see cref="NerTrainingOptions.Language"/>.</summary>
    public static string DetectLanguage(IReadOnlyList<ConllSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        int arabic = 0;
        int other = 0;
        foreach (string token in sentences.SelectMany(s => s.Tokens))
        {
            TokenKind kind = TokenSequence.KindOf(token);
            arabic += kind == TokenKind.ArabicWord ? 1 : 0;
            other += kind == TokenKind.LatinWord ? 1 : 0;
        }

        return arabic >= other ? "ar" : "en";
    }

    private static List<Example> Featurize(IReadOnlyList<ConllSentence> sentences, List<(string Text, IReadOnlyList<Token> Tokens)> joined, int window, TrainingLexicon[]? harvests, int[][]? firstLabels, NerTrainingOptions options, FeatureIds keyOf, FeatureIds edgeKeyOf, IProgress<NerTrainingProgress>? progress, CancellationToken cancellationToken)
    {
        string language = options.Language;
        var extractor = new FeatureExtractor(NerLexicons.Default)
        {
            CliticContext = language == "ar",
            English = language == "en" ? EnglishGazetteers.Default : null,
            Clusters = (options.WordClusters ?? language == "ar") ? NerLexicons.Default.Clusters : null,
            LabelEdges = options.LabelEdges,
            TruecaseHeadlines = options.TruecaseHeadlines,
            EdgeShapes = options.EdgeTransitions != LabelEdgeTransitions.StemOnly,
            EdgeFlags = options.EdgeFlags,
        };
        var examples = new List<Example>(sentences.Count);
        var keys = new List<ulong>();
        for (int s = 0; s < sentences.Count; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ConllSentence sentence = sentences[s];
            (string text, IReadOnlyList<Token> tokens) = joined[s];
            var ends = new int[tokens.Count];
            keys.Clear();
            extractor.Harvest = harvests?[s];
            DocumentContext document = TokenSequence.Window(joined, s, window);
            FirstPassLabels? firstPass = firstLabels is null ? null : FirstPassLabels.Build(document.Stems.Zip(firstLabels.Skip(Math.Max(0, s - window))));
            extractor.Extract(text, tokens, 0, tokens.Count, keys, ends, document, firstPass, firstLabels is null ? default : firstLabels[s]);
            int[] features = keyOf.IdsOf(keys);
            int[]? edgeFeatures = options.LabelEdges ? edgeKeyOf.IdsOf(extractor.EdgeKeys) : null;
            int[]? edgeEnds = options.LabelEdges ? extractor.EdgeEnds[..tokens.Count] : null;
            examples.Add(new Example(features, ends, Repair([.. sentence.Tags.Select(NerLabels.Parse)])) { EdgeFeatures = edgeFeatures, EdgeEnds = edgeEnds });
            if (s % 1000 == 999)
            {
                progress?.Report(new NerTrainingProgress("features", 0, 0, s + 1, sentences.Count, 0));
            }
        }

        return examples;
    }

    // An I- with no B- before it (a corpus slip) cannot come out of the constrained decoder, so training on it as
    // given would update on that sentence forever; read it as the B- it must have meant.
    internal static int[] Repair(int[] labels)
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

    // Per token, the labels a partly labelled sentence allows: its entities as tagged, and for its other words O or
    // MISC, which the source does not mark the way the main corpus does.
    private static bool[] MiscOpen(int[] gold)
    {
        var allowed = new bool[gold.Length * L];
        for (int i = 0; i < gold.Length; i++)
        {
            allowed[(i * L) + gold[i]] = true;
            if (gold[i] == 0)
            {
                allowed[(i * L) + NerLabels.Parse("B-MISC")] = true;
                allowed[(i * L) + NerLabels.Parse("I-MISC")] = true;
            }
        }

        return allowed;
    }

    private static int[] Predict(Example example, float[] weights, float[] edges, float[] transitions, bool[]? allowed = null)
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

        if (allowed is not null)
        {
            for (int e = 0; e < emissions.Length; e++)
            {
                emissions[e] = allowed[e] ? emissions[e] : float.NegativeInfinity;
            }
        }

        float[]? pairs = null;
        if (example.EdgeFeatures is { } edgeFeatures && example.EdgeEnds is { } edgeEnds)
        {
            pairs = new float[n * P];
            k = 0;
            for (int i = 0; i < n; i++)
            {
                for (; k < edgeEnds[i]; k++)
                {
                    int row = edgeFeatures[k] * P;
                    for (int y = 0; y < P; y++)
                    {
                        pairs[(i * P) + y] += edges[row + y];
                    }
                }
            }
        }

        var labels = new int[n];
        Viterbi.Decode(emissions, n, transitions, labels, default, pairs);
        return labels;
    }

    // Perceptron update with the running sums the averaging trick needs: average = w - sums / step.
    // perShape: the shape's pair weights stand for the transition table, which is then left at zero. typeSwitches:
    // whether the pair weights learn a name of one type followed straight by one of another (see EdgeTypeSwitches).
    private static void Update(Example example, int[] gold, int[] predicted, PerceptronState model, float step, bool perShape, bool typeSwitches)
    {
        (float[] weights, float[] sums, float[] transitions, float[] transitionSums) = (model.Weights, model.Sums, model.Transitions, model.TransitionSums);
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
                if (!perShape)
                {
                    transitions[(goldPrevious * L) + gold[i]] += 1;
                    transitionSums[(goldPrevious * L) + gold[i]] += step;
                    transitions[(predictedPrevious * L) + predicted[i]] -= 1;
                    transitionSums[(predictedPrevious * L) + predicted[i]] -= step;
                }

                if (example.EdgeFeatures is { } edgeFeatures && example.EdgeEnds is { } edgeEnds)
                {
                    int goldPair = (goldPrevious * L) + gold[i];
                    int predictedPair = (predictedPrevious * L) + predicted[i];
                    float goldStep = typeSwitches || !IsTypeSwitch(goldPrevious - 1, gold[i]) ? 1 : 0;
                    float predictedStep = typeSwitches || !IsTypeSwitch(predictedPrevious - 1, predicted[i]) ? 1 : 0;
                    for (int f = i == 0 ? 0 : edgeEnds[i - 1]; f < edgeEnds[i]; f++)
                    {
                        int row = edgeFeatures[f] * P;
                        model.Edges[row + goldPair] += goldStep;
                        model.EdgeSums[row + goldPair] += goldStep * step;
                        model.Edges[row + predictedPair] -= predictedStep;
                        model.EdgeSums[row + predictedPair] -= predictedStep * step;
                    }
                }
            }
        }
    }

    // A name of one type straight after a name of another (I-LOC → B-PER): previous is a label, -1 at the start.
    internal static bool IsTypeSwitch(int previous, int label) =>
        previous > 0 && label > 0 && NerLabels.TypeOf(previous) != NerLabels.TypeOf(label);

    // Rounded through Half here so the trained model and the saved one score identically.
    private static (ulong[] Keys, float[] Weights) Rounded(List<ulong> keyOf, float[] weights, int width, float below)
    {
        for (int i = 0; i < weights.Length; i++)
        {
            weights[i] = (float)(Half)weights[i];
        }

        return WeightRows.Pruned(keyOf, weights, width, below);
    }

    private static LabelEdgeWeights BuildEdges(NerTrainingOptions options, List<ulong> keyOf, float[] weights)
    {
        (ulong[] keys, float[] kept) = Rounded(keyOf, weights, P, options.PruneBelow);
        return new LabelEdgeWeights(keys, kept);
    }

    private static NerModel BuildModel(NerTrainingOptions options, int window, List<ulong> keyOf, float[] weights, float[] transitions, LabelEdgeWeights? edges)
    {
        (ulong[] keys, float[] kept) = Rounded(keyOf, weights, L, options.PruneBelow);
        bool propagate = window > 0 && (options.PropagateLabels ?? options.Language == "ar");
        return new NerModel(options.Language, window, propagate, keys, kept, transitions, null, edges);
    }

    private sealed record Example(int[] Features, int[] Ends, int[] Gold)
    {
        // The label-pair features and their ends per token, when the model has them.
        public int[]? EdgeFeatures { get; init; }

        public int[]? EdgeEnds { get; init; }
    }

    // The perceptron's current weights and the running sums of its averaging, label and label-pair features alike.
    private sealed record PerceptronState(float[] Weights, float[] Sums, float[] Edges, float[] EdgeSums, float[] Transitions, float[] TransitionSums);

    // Dense ids for hashed feature keys, in the order first seen.
    private sealed class FeatureIds
    {
        private readonly Dictionary<ulong, int> _ids = [];

        public List<ulong> Keys { get; } = [];

        public int Count => Keys.Count;

        public int[] IdsOf(List<ulong> keys)
        {
            var ids = new int[keys.Count];
            for (int k = 0; k < keys.Count; k++)
            {
                if (!_ids.TryGetValue(keys[k], out int id))
                {
                    id = Keys.Count;
                    _ids.Add(keys[k], id);
                    Keys.Add(keys[k]);
                }

                ids[k] = id;
            }

            return ids;
        }
    }
}
