using System.IO.Compression;
using System.Text;
using Ingestion.Enrichment.Engine.Entities.Features;
using Ingestion.Enrichment.Engine.Text;

namespace Ingestion.Enrichment.Engine.Entities.Model;

/// <summary>
/// A trained sequence model: averaged-perceptron weights per hashed feature and label, BIO transitions, Viterbi
/// decoding. Immutable and thread-safe once loaded.
/// </summary>
public sealed class NerModel
{
    private const int L = NerLabels.Count;
    private static readonly byte[] s_magic = "INGNER\u0001"u8.ToArray();

    // Version 2 adds, after the first weights, an optional second pass and the training lexicon.
    private static readonly byte[] s_extendedMagic = "INGNER\u0002"u8.ToArray();

    // Version 3 is version 2 followed by each pass's label-pair weights (see LabelEdges).
    private static readonly byte[] s_edgesMagic = "INGNER\u0003"u8.ToArray();
    private const int P = Viterbi.PairWidth;

    private readonly ulong[] _keys;
    private readonly FeatureTable _rows;
    private readonly float[] _weights;
    private readonly float[] _transitions;

    // Features scored per (previous label, label) pair: edgeKeys[row] is the feature of
    // edgeWeights[row * P .. row * P + P]; null for a model trained without them.
    private readonly LabelEdgeWeights? _edges;

    // keys[row] is the feature of weights[row * L .. row * L + L], keys sorted ascending.
    internal NerModel(string language, int documentWindow, bool propagatesLabels, ulong[] keys, float[] weights, float[] transitions, NerModel? secondPass = null, LabelEdgeWeights? edges = null)
    {
        _edges = edges;
        SecondPass = secondPass;
        Language = language;
        DocumentWindow = documentWindow;
        PropagatesLabels = propagatesLabels;
        _keys = keys;
        _rows = new FeatureTable(keys);
        _weights = weights;
        _transitions = transitions;
    }

    /// <summary>The language the model was trained for ("ar", "en"), as given to the trainer.</summary>
    public string Language { get; }

    /// <summary>
    /// The training sentences read before and after each one as its document (0: no document features). Corpus
    /// evaluation uses the same window; running text is read one article at a time.
    /// </summary>
    public int DocumentWindow { get; }

    /// <summary>Whether repeats of a tagged name in the same document take its type (see the training option).</summary>
    public bool PropagatesLabels { get; }

    /// <summary>The number of features with a non-zero weight (both passes of a stacked model).</summary>
    public int FeatureCount => _rows.Count + (_edges?.Count ?? 0) + (SecondPass?.FeatureCount ?? 0);

    /// <summary>Whether some features are scored per label pair (the previous token's label and this one's).</summary>
    public bool HasLabelEdges => _edges is not null;

    // The shared transition scores, (previous label + 1) × label, row 0 the sentence start.
    internal ReadOnlySpan<float> Transitions => _transitions;

    // A stacked model tags twice: this model first, then SecondPass, whose features also read the first pass's labels
    // of the sentence and of the same words elsewhere in the document.
    internal NerModel? SecondPass { get; }

    // The training corpus's entity words (see TrainingLexicon); null when the model was trained without them.
    internal TrainingLexicon? Harvest { get; private init; }

    internal NerModel WithSecondPass(NerModel second) => new(Language, DocumentWindow, PropagatesLabels, _keys, _weights, _transitions, second, _edges) { Harvest = Harvest };

    internal NerModel WithHarvest(TrainingLexicon? harvest) => new(Language, DocumentWindow, PropagatesLabels, _keys, _weights, _transitions, SecondPass, _edges) { Harvest = harvest };

    /// <summary>
    /// The same model without its weights smaller than <paramref name="below"/> in magnitude, and without the features
    /// left with none: what training with that <c>PruneBelow</c> gives, so that one trained model can be scored at
    /// several sizes.
    /// </summary>
    public NerModel Pruned(float below)
    {
        (ulong[] keys, float[] weights) = WeightRows.Pruned(_keys, [.. _weights], L, below);
        var pruned = new NerModel(Language, DocumentWindow, PropagatesLabels, keys, weights, _transitions, null, _edges?.Pruned(below)) { Harvest = Harvest };
        return SecondPass is null ? pruned : pruned.WithSecondPass(SecondPass.Pruned(below));
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    public static NerModel Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var buffered = new BufferedStream(gzip, 1 << 16);
        using var reader = new BinaryReader(buffered, Encoding.UTF8);
        byte[] magic = reader.ReadBytes(s_magic.Length);
        bool withEdges = magic.AsSpan().SequenceEqual(s_edgesMagic);
        bool extended = withEdges || magic.AsSpan().SequenceEqual(s_extendedMagic);
        if (!extended && !magic.AsSpan().SequenceEqual(s_magic))
        {
            throw new InvalidDataException("Not an Ingestion NER model (bad header).");
        }

        string language = reader.ReadString();
        int documentWindow = reader.ReadInt32();
        bool propagatesLabels = reader.ReadBoolean();
        if (reader.ReadInt32() != L)
        {
            throw new InvalidDataException("The model's label set does not match this engine.");
        }

        (ulong[] keys, float[] weights, float[] transitions) = ReadWeights(reader);
        if (!extended)
        {
            return new NerModel(language, documentWindow, propagatesLabels, keys, weights, transitions);
        }

        (ulong[] Keys, float[] Weights, float[] Transitions)? secondWeights = reader.ReadBoolean() ? ReadWeights(reader) : null;

        TrainingLexicon? harvest = null;
        int entries = reader.ReadInt32();
        if (entries > 0)
        {
            var masks = new Dictionary<ulong, int>(entries);
            for (int e = 0; e < entries; e++)
            {
                ulong stem = reader.ReadUInt64();
                masks[stem] = reader.ReadUInt16();
            }

            harvest = new TrainingLexicon(masks);
        }

        LabelEdgeWeights? edges = withEdges ? LabelEdgeWeights.Read(reader) : null;
        NerModel? second = null;
        if (secondWeights is { } w)
        {
            second = new NerModel(language, documentWindow, propagatesLabels, w.Keys, w.Weights, w.Transitions, null, withEdges ? LabelEdgeWeights.Read(reader) : null) { Harvest = harvest };
        }

        return new NerModel(language, documentWindow, propagatesLabels, keys, weights, transitions, second, edges) { Harvest = harvest };
    }

    private static (ulong[] Keys, float[] Weights, float[] Transitions) ReadWeights(BinaryReader reader)
    {
        var transitions = new float[(L + 1) * L];
        for (int i = 0; i < transitions.Length; i++)
        {
            transitions[i] = reader.ReadSingle();
        }

        int count = reader.ReadInt32();
        var keys = new ulong[count];
        var weights = new float[count * L];
        for (int r = 0; r < count; r++)
        {
            keys[r] = reader.ReadUInt64();
            int mask = reader.ReadUInt16();
            for (int y = 0; y < L; y++)
            {
                if ((mask & (1 << y)) != 0)
                {
                    weights[(r * L) + y] = (float)reader.ReadHalf();
                }
            }
        }

        return (keys, weights, transitions);
    }

    /// <summary>
    /// Writes the model, gzip-compressed, features sorted by key and no timestamp: the same model always gives the
    /// same bytes.
    /// </summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip, Encoding.UTF8);
        bool withEdges = _edges is not null || SecondPass?._edges is not null;
        bool extended = withEdges || SecondPass is not null || Harvest is not null;
        writer.Write(withEdges ? s_edgesMagic : extended ? s_extendedMagic : s_magic);
        writer.Write(Language);
        writer.Write(DocumentWindow);
        writer.Write(PropagatesLabels);
        writer.Write(L);
        WriteWeights(writer);
        if (!extended)
        {
            return;
        }

        writer.Write(SecondPass is not null);
        SecondPass?.WriteWeights(writer);
        KeyValuePair<ulong, int>[] entries = [.. (Harvest?.Entries ?? []).OrderBy(e => e.Key)];
        writer.Write(entries.Length);
        foreach ((ulong stem, int mask) in entries)
        {
            writer.Write(stem);
            writer.Write((ushort)mask);
        }

        if (withEdges)
        {
            LabelEdgeWeights.Write(writer, _edges);
            if (SecondPass is not null)
            {
                LabelEdgeWeights.Write(writer, SecondPass._edges);
            }
        }
    }

    private void WriteWeights(BinaryWriter writer)
    {
        foreach (float t in _transitions)
        {
            writer.Write(t);
        }

        writer.Write(_rows.Count);
        for (int row = 0; row < _keys.Length; row++)
        {
            writer.Write(_keys[row]);
            int mask = 0;
            for (int y = 0; y < L; y++)
            {
                if (_weights[(row * L) + y] != 0)
                {
                    mask |= 1 << y;
                }
            }

            writer.Write((ushort)mask);
            for (int y = 0; y < L; y++)
            {
                if ((mask & (1 << y)) != 0)
                {
                    writer.Write((Half)_weights[(row * L) + y]);
                }
            }
        }
    }

    /// <summary>Tags a pre-tokenized sentence (e.g. a CoNLL sentence); returns one BIO label per token.</summary>
    public IReadOnlyList<string> Tag(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        (string text, List<Token> spans) = TokenSequence.Join(tokens);
        var labels = new int[spans.Count];
        Decode(text, spans, 0, spans.Count, new FeatureExtractor(NerLexicons.Default), labels, default);
        return [.. labels.Select(l => NerLabels.Names[l])];
    }

    /// <summary>
    /// Tags the sentences of a corpus in order, reading each with the words of the <see cref="DocumentWindow"/>
    /// sentences before and after it as its document, as training did.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> TagCorpus(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        int window = DocumentWindow;
        List<(string Text, IReadOnlyList<Token> Tokens)> joined = TokenSequence.JoinAll(sentences);
        var extractor = new FeatureExtractor(NerLexicons.Default);
        int[][] labels = DecodeSentences(joined, 0, joined.Count, extractor);
        if (SecondPass is not null)
        {
            labels = SecondPass.DecodeAfter(joined, labels, window, extractor);
        }

        var tagged = new List<(string Text, IReadOnlyList<Token> Tokens, int[] Labels)>(joined.Count);
        for (int s = 0; s < joined.Count; s++)
        {
            tagged.Add((joined[s].Text, joined[s].Tokens, labels[s]));
        }

        if (window > 0 && PropagatesLabels)
        {
            // Consistency is a document matter: propagate within each block of 2 * window + 1 sentences.
            for (int from = 0; from < tagged.Count; from += (2 * window) + 1)
            {
                LabelPropagation.Apply(tagged.GetRange(from, Math.Min((2 * window) + 1, tagged.Count - from)));
            }
        }

        return [.. tagged.Select(t => (IReadOnlyList<string>)[.. t.Labels.Select(l => NerLabels.Names[l])])];
    }

    // One pass of this model's own weights over sentences [from, to) of a corpus, each read with its window.
    internal int[][] DecodeSentences(List<(string Text, IReadOnlyList<Token> Tokens)> joined, int from, int to, FeatureExtractor extractor)
    {
        var labels = new int[to - from][];
        for (int s = from; s < to; s++)
        {
            (string text, IReadOnlyList<Token> spans) = joined[s];
            labels[s - from] = new int[spans.Count];
            Decode(text, spans, 0, spans.Count, extractor, labels[s - from], default, TokenSequence.Window(joined, s, DocumentWindow));
        }

        return labels;
    }

    // The second pass of a stacked model over a whole corpus, given the first pass's labels of every sentence.
    internal int[][] DecodeAfter(List<(string Text, IReadOnlyList<Token> Tokens)> joined, int[][] firstLabels, int window, FeatureExtractor extractor)
    {
        var labels = new int[joined.Count][];
        for (int s = 0; s < joined.Count; s++)
        {
            (string text, IReadOnlyList<Token> spans) = joined[s];
            DocumentContext document = TokenSequence.Window(joined, s, window);
            FirstPassLabels firstPass = FirstPassLabels.Build(document.Stems.Zip(firstLabels.Skip(Math.Max(0, s - window))));
            labels[s] = new int[spans.Count];
            Decode(text, spans, 0, spans.Count, extractor, labels[s], default, document, firstPass, firstLabels[s]);
        }

        return labels;
    }

    internal void Decode(string text, IReadOnlyList<Token> tokens, int start, int count, FeatureExtractor extractor, Span<int> labels, Span<float> margins, DocumentContext? document = null, FirstPassLabels? firstPass = null, ReadOnlySpan<int> firstLabels = default)
    {
        List<ulong> keys = extractor.KeyBuffer;
        keys.Clear();
        int[] ends = extractor.EndBuffer(count);
        extractor.Harvest = Harvest;
        extractor.CliticContext = Language == "ar";
        extractor.English = Language == "en" ? EnglishGazetteers.Default : null;
        extractor.TruecaseHeadlines = extractor.English is not null;

        // The clusters are learned from Arabic news: the English model never reads them.
        extractor.Clusters = Language == "ar" ? NerLexicons.Default.Clusters : null;
        extractor.LabelEdges = _edges is not null;
        extractor.Extract(text, tokens, start, count, keys, ends, document, firstPass, firstLabels);
        // Scratch reused from sentence to sentence, as the pair scores below (360 bytes a token), instead of allocated.
        Span<float> emissions = extractor.EmissionBuffer(count * L);
        emissions.Clear();
        int k = 0;
        for (int i = 0; i < count; i++)
        {
            Span<float> scores = emissions.Slice(i * L, L);
            for (; k < ends[i]; k++)
            {
                int row = _rows.Find(keys[k]);
                if (row >= 0)
                {
                    ReadOnlySpan<float> w = _weights.AsSpan(row * L, L);
                    for (int y = 0; y < L; y++)
                    {
                        scores[y] += w[y];
                    }
                }
            }
        }

        Span<float> pairs = default;
        if (_edges is not null)
        {
            pairs = extractor.PairBuffer(count * P);
            _edges.Score(extractor.EdgeKeys, extractor.EdgeEnds, count, pairs);
        }

        Viterbi.Decode(emissions, count, _transitions, labels, margins, pairs);
    }
}
