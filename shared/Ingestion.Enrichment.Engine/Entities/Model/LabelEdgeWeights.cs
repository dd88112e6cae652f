namespace Ingestion.Enrichment.Engine.Entities.Model;

// Weights of features conjoined with the label pair (previous label, label) rather than with the label alone: how a
// word continues or opens a name depends on what the word before was tagged (بن after B-PER, و + name after a
// LOC), which a label-only weight plus one shared transition table cannot say.
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

    // Per token, the summed pair scores of its keys: pairs[i * P + (previous + 1) * L + label].
    public float[] Score(List<ulong> keys, int[] ends, int count)
    {
        var pairs = new float[count * P];
        int k = 0;
        for (int i = 0; i < count; i++)
        {
            Span<float> scores = pairs.AsSpan(i * P, P);
            for (; k < ends[i]; k++)
            {
                int row = _rows.Find(keys[k]);
                if (row >= 0)
                {
                    ReadOnlySpan<float> w = _weights.AsSpan(row * P, P);
                    for (int y = 0; y < P; y++)
                    {
                        scores[y] += w[y];
                    }
                }
            }
        }

        return pairs;
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
