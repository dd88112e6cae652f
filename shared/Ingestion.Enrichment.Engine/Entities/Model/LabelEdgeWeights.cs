using System.Numerics;

namespace Ingestion.Enrichment.Engine.Entities.Model;

// Weights of features conjoined with the label pair (previous label, label) rather than with the label alone: whether
// a word continues a name or opens another depends on what the word before was tagged (بن after B-PER, a place
// right after a person), which a label-only weight plus one shared transition table cannot say.
internal sealed class LabelEdgeWeights
{
    private const int P = Viterbi.PairWidth;

    private readonly ulong[] _keys;
    private readonly FeatureTable _rows;
    private readonly float[] _weights;

    // keys[row] is the feature of weights[row * P .. row * P + P], keys sorted ascending.
    public LabelEdgeWeights(ulong[] keys, float[] weights)
    {
        _keys = keys;
        _rows = new FeatureTable(keys);
        _weights = weights;
    }

    public int Count => _keys.Length;

    // Per token, the summed pair scores of its keys: pairs[i * P + (previous + 1) * L + label], written over the first
    // count * P scores of the buffer.
    public void Score(List<ulong> keys, int[] ends, int count, Span<float> pairs)
    {
        pairs[..(count * P)].Clear();
        int k = 0;
        for (int i = 0; i < count; i++)
        {
            Span<float> scores = pairs.Slice(i * P, P);
            for (; k < ends[i]; k++)
            {
                int row = _rows.Find(keys[k]);
                if (row >= 0)
                {
                    // 90 adds a key, done a vector at a time: with them scalar, the pair scores cost the model about
                    // half again its emission arithmetic.
                    ReadOnlySpan<float> w = _weights.AsSpan(row * P, P);
                    int y = 0;
                    for (; y <= P - Vector<float>.Count; y += Vector<float>.Count)
                    {
                        (new Vector<float>(scores[y..]) + new Vector<float>(w[y..])).CopyTo(scores[y..]);
                    }

                    for (; y < P; y++)
                    {
                        scores[y] += w[y];
                    }
                }
            }
        }
    }

    public LabelEdgeWeights Pruned(float below)
    {
        (ulong[] keys, float[] weights) = WeightRows.Pruned(_keys, [.. _weights], P, below);
        return new LabelEdgeWeights(keys, weights);
    }

    // A row count, then per row its key, a 90-bit mask of its non-zero weights (two 64-bit words) and those weights
    // as halves. No weights (null) is written as no rows.
    public static void Write(BinaryWriter writer, LabelEdgeWeights? edges)
    {
        int count = edges?.Count ?? 0;
        writer.Write(count);
        for (int row = 0; row < count; row++)
        {
            ReadOnlySpan<float> w = edges!._weights.AsSpan(row * P, P);
            ulong low = 0;
            ulong high = 0;
            for (int y = 0; y < P; y++)
            {
                if (w[y] != 0)
                {
                    if (y < 64)
                    {
                        low |= 1UL << y;
                    }
                    else
                    {
                        high |= 1UL << (y - 64);
                    }
                }
            }

            writer.Write(edges._keys[row]);
            writer.Write(low);
            writer.Write(high);
            foreach (float value in w)
            {
                if (value != 0)
                {
                    writer.Write((Half)value);
                }
            }
        }
    }

    public static LabelEdgeWeights? Read(BinaryReader reader)
    {
        int count = reader.ReadInt32();
        if (count < 0)
        {
            throw new InvalidDataException("The model's label-pair table has a negative size.");
        }

        if (count == 0)
        {
            return null;
        }

        var keys = new ulong[count];
        var weights = new float[count * P];
        for (int row = 0; row < count; row++)
        {
            keys[row] = reader.ReadUInt64();
            ulong low = reader.ReadUInt64();
            ulong high = reader.ReadUInt64();
            for (int y = 0; y < P; y++)
            {
                bool set = y < 64 ? (low & (1UL << y)) != 0 : (high & (1UL << (y - 64))) != 0;
                if (set)
                {
                    weights[(row * P) + y] = (float)reader.ReadHalf();
                }
            }
        }

        return new LabelEdgeWeights(keys, weights);
    }
}
