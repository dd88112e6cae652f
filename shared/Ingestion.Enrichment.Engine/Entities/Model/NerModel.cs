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

    private readonly Dictionary<ulong, int> _rows;
    private readonly float[] _weights;
    private readonly float[] _transitions;

    internal NerModel(string language, Dictionary<ulong, int> rows, float[] weights, float[] transitions)
    {
        Language = language;
        _rows = rows;
        _weights = weights;
        _transitions = transitions;
    }

    /// <summary>The language the model was trained for ("ar", "en"), as given to the trainer.</summary>
    public string Language { get; }

    /// <summary>The number of features with a non-zero weight.</summary>
    public int FeatureCount => _rows.Count;

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    public static NerModel Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var buffered = new BufferedStream(gzip, 1 << 16);
        using var reader = new BinaryReader(buffered, Encoding.UTF8);
        if (!reader.ReadBytes(s_magic.Length).AsSpan().SequenceEqual(s_magic))
        {
            throw new InvalidDataException("Not an Ingestion NER model (bad header).");
        }

        string language = reader.ReadString();
        if (reader.ReadInt32() != L)
        {
            throw new InvalidDataException("The model's label set does not match this engine.");
        }

        var transitions = new float[(L + 1) * L];
        for (int i = 0; i < transitions.Length; i++)
        {
            transitions[i] = reader.ReadSingle();
        }

        int count = reader.ReadInt32();
        var rows = new Dictionary<ulong, int>(count);
        var weights = new float[count * L];
        for (int r = 0; r < count; r++)
        {
            rows.Add(reader.ReadUInt64(), r);
            int mask = reader.ReadUInt16();
            for (int y = 0; y < L; y++)
            {
                if ((mask & (1 << y)) != 0)
                {
                    weights[(r * L) + y] = (float)reader.ReadHalf();
                }
            }
        }

        return new NerModel(language, rows, weights, transitions);
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
        writer.Write(s_magic);
        writer.Write(Language);
        writer.Write(L);
        foreach (float t in _transitions)
        {
            writer.Write(t);
        }

        writer.Write(_rows.Count);
        foreach ((ulong key, int row) in _rows.OrderBy(kv => kv.Key))
        {
            writer.Write(key);
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

    internal void Decode(string text, IReadOnlyList<Token> tokens, int start, int count, FeatureExtractor extractor, Span<int> labels, Span<float> margins)
    {
        var keys = new List<ulong>(count * 48);
        var ends = new int[count];
        extractor.Extract(text, tokens, start, count, keys, ends);
        var emissions = new float[count * L];
        int k = 0;
        for (int i = 0; i < count; i++)
        {
            Span<float> scores = emissions.AsSpan(i * L, L);
            for (; k < ends[i]; k++)
            {
                if (_rows.TryGetValue(keys[k], out int row))
                {
                    ReadOnlySpan<float> w = _weights.AsSpan(row * L, L);
                    for (int y = 0; y < L; y++)
                    {
                        scores[y] += w[y];
                    }
                }
            }
        }

        Viterbi.Decode(emissions, count, _transitions, labels, margins);
    }
}
