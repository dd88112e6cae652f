namespace Ingestion.Enrichment.Engine.Entities.PostProcessing;

/// <summary>Maps character offsets to token positions in an article's token array.</summary>
internal sealed class TokenIndex(SurfaceToken[] tokens)
{
    public SurfaceToken[] Tokens { get; } = tokens;

    /// <summary>The first token that ends after <paramref name="offset"/>: the token holding it, or the next one.</summary>
    public int TokenAt(int offset)
    {
        int lo = 0;
        int hi = Tokens.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Tokens[mid].End <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>Token positions [first, last) of the tokens that overlap [start, end).</summary>
    public (int First, int Last) Range(int start, int end)
    {
        int first = TokenAt(start);
        int last = first;
        while (last < Tokens.Length && Tokens[last].Start < end)
        {
            last++;
        }

        return (first, last);
    }
}
