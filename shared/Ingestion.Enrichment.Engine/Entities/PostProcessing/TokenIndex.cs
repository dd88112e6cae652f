using Ingestion.Enrichment.Engine.Text;

namespace Ingestion.Enrichment.Engine.Entities.PostProcessing;

// Maps character offsets to token positions in an article's token array.
internal sealed class TokenIndex(SurfaceToken[] tokens)
{
    public SurfaceToken[] Tokens { get; } = tokens;

    // The first token that ends after offset: the token holding it, or the next one.
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

    // Token positions [first, last) of the tokens that overlap [start, end).
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
