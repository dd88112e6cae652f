using System.Text;

namespace Ingestion.Enrichment.Engine.Entities.Representations;

/// <summary>Word vectors, one row of <see cref="Dimension"/> floats per word, most frequent word first.</summary>
public sealed class WordVectors
{
    public WordVectors(IReadOnlyList<string> words, float[] values, int dimension)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length != words.Count * dimension)
        {
            throw new ArgumentException($"{words.Count} words of {dimension} need {words.Count * dimension} values, not {values.Length}.", nameof(values));
        }

        Words = words;
        Values = values;
        Dimension = dimension;
    }

    public IReadOnlyList<string> Words { get; }

    public float[] Values { get; }

    public int Dimension { get; }

    public ReadOnlySpan<float> Row(int word) => Values.AsSpan(word * Dimension, Dimension);

    /// <summary>Each word's vector as fastText builds it: the mean of its own row and its n-gram rows.</summary>
    internal static WordVectors FromSubwords(IReadOnlyList<string> words, int[][] subwords, float[] input, int dimension)
    {
        var values = new float[words.Count * dimension];
        for (int w = 0; w < words.Count; w++)
        {
            Span<float> row = values.AsSpan(w * dimension, dimension);
            foreach (int sub in subwords[w])
            {
                VectorMath.AddScaled(1f / subwords[w].Length, input.AsSpan(sub * dimension, dimension), row);
            }
        }

        return new WordVectors(words, values, dimension);
    }

    /// <summary>Only the first <paramref name="count"/> (most frequent) words.</summary>
    public WordVectors Top(int count)
    {
        int kept = Math.Min(count, Words.Count);
        return new WordVectors([.. Words.Take(kept)], Values[..(kept * Dimension)], Dimension);
    }

    /// <summary>Binary: word count, dimension, then each word (length-prefixed UTF-8) with its floats.</summary>
    public void Save(Stream stream)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Words.Count);
        writer.Write(Dimension);
        for (int w = 0; w < Words.Count; w++)
        {
            writer.Write(Words[w]);
            foreach (float value in Row(w))
            {
                writer.Write(value);
            }
        }
    }

    public static WordVectors Load(Stream stream)
    {
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        int count = reader.ReadInt32();
        int dimension = reader.ReadInt32();
        var words = new string[count];
        var values = new float[count * dimension];
        for (int w = 0; w < count; w++)
        {
            words[w] = reader.ReadString();
            for (int i = 0; i < dimension; i++)
            {
                values[(w * dimension) + i] = reader.ReadSingle();
            }
        }

        return new WordVectors(words, values, dimension);
    }
}
