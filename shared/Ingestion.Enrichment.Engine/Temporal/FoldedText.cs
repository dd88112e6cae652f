using System.Buffers;
using Ingestion.Enrichment.Engine.Text;

namespace Ingestion.Enrichment.Engine.Temporal;

/// <summary>
/// The text as <see cref="ArabicNormalizer.NormalizeWithOffsets"/> folds it, with the way back kept as the few
/// dropped positions instead of one offset per character. News text rarely carries harakat or tatweel, and the
/// per-character offset array (on the large object heap for long articles) cost the tagger a third of its time.
/// </summary>
internal sealed class FoldedText
{
    private static readonly SearchValues<char> s_ignorable = SearchValues.Create(IgnorableCharacters());

    private readonly string _original;
    private readonly int[] _dropped;

    private FoldedText(string original, string value, int[] dropped)
    {
        _original = original;
        Value = value;
        _dropped = dropped;
    }

    public string Value { get; }

    public static FoldedText Create(string text)
    {
        var dropped = new List<int>();
        int next = text.AsSpan().IndexOfAny(s_ignorable);
        while (next >= 0)
        {
            dropped.Add(next);
            int found = text.AsSpan(next + 1).IndexOfAny(s_ignorable);
            next = found < 0 ? -1 : next + 1 + found;
        }

        int[] positions = [.. dropped];
        string value = string.Create(text.Length - positions.Length, (text, positions), static (span, state) =>
        {
            (string source, int[] skip) = state;
            int j = 0;
            int d = 0;
            for (int i = 0; i < source.Length; i++)
            {
                if (d < skip.Length && skip[d] == i)
                {
                    d++;
                    continue;
                }

                span[j++] = ArabicNormalizer.Fold(source[i]);
            }
        });
        return new FoldedText(text, value, positions);
    }

    /// <summary>The original index of folded character <paramref name="index"/>; the original length past the end.</summary>
    public int OriginalIndex(int index)
    {
        if (index >= Value.Length)
        {
            return _original.Length;
        }

        int original = index;
        foreach (int dropped in _dropped)
        {
            if (dropped > original)
            {
                break;
            }

            original++;
        }

        return original;
    }

    private static char[] IgnorableCharacters()
    {
        var chars = new List<char>();
        for (int c = char.MinValue; c <= char.MaxValue; c++)
        {
            if (ArabicNormalizer.IsIgnorable((char)c))
            {
                chars.Add((char)c);
            }
        }

        return [.. chars];
    }
}
