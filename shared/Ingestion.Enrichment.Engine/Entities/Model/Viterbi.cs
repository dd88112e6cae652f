using System.Buffers;

namespace Ingestion.Enrichment.Engine.Entities.Model;

// First-order Viterbi over BIO labels with the illegal transitions (O → I-X, B-PER → I-LOC) ruled out.
internal static class Viterbi
{
    private const int L = NerLabels.Count;

    /// <summary>The scores of one token's label pairs: (previous label + 1, 0 = sentence start) × label.</summary>
    public const int PairWidth = (L + 1) * L;

    // transitions[(prev + 1) * L + next], row 0 = sentence start. pairs, when given, adds per token a score for each
    // (previous, next) pair: pairs[i * PairWidth + (prev + 1) * L + next] (features conjoined with the label pair).
    public static void Decode(ReadOnlySpan<float> emissions, int n, ReadOnlySpan<float> transitions, Span<int> labels, Span<float> margins, ReadOnlySpan<float> pairs = default)
    {
        if (n == 0)
        {
            return;
        }

        // Pooled: a sentence's lattice is allocated on every call otherwise, about 70 bytes a token.
        float[] alpha = ArrayPool<float>.Shared.Rent(n * L);
        int[] back = ArrayPool<int>.Shared.Rent(n * L);
        try
        {
            DecodeInto(emissions, n, transitions, labels, margins, pairs, alpha, back);
        }
        finally
        {
            ArrayPool<float>.Shared.Return(alpha);
            ArrayPool<int>.Shared.Return(back);
        }
    }

    private static void DecodeInto(ReadOnlySpan<float> emissions, int n, ReadOnlySpan<float> transitions, Span<int> labels, Span<float> margins, ReadOnlySpan<float> pairs, float[] alpha, int[] back)
    {
        for (int y = 0; y < L; y++)
        {
            alpha[y] = NerLabels.IsAllowed(-1, y) ? Transition(transitions, pairs, 0, -1, y) + emissions[y] : float.NegativeInfinity;
        }

        for (int i = 1; i < n; i++)
        {
            for (int y = 0; y < L; y++)
            {
                float best = float.NegativeInfinity;
                int arg = 0;
                for (int p = 0; p < L; p++)
                {
                    if (!NerLabels.IsAllowed(p, y))
                    {
                        continue;
                    }

                    float s = alpha[((i - 1) * L) + p] + Transition(transitions, pairs, i, p, y);
                    if (s > best)
                    {
                        best = s;
                        arg = p;
                    }
                }

                alpha[(i * L) + y] = best + emissions[(i * L) + y];
                back[(i * L) + y] = arg;
            }
        }

        int last = 0;
        for (int y = 1; y < L; y++)
        {
            if (alpha[((n - 1) * L) + y] > alpha[((n - 1) * L) + last])
            {
                last = y;
            }
        }

        labels[n - 1] = last;
        for (int i = n - 1; i > 0; i--)
        {
            labels[i - 1] = back[(i * L) + labels[i]];
        }

        if (!margins.IsEmpty)
        {
            MaxMarginals(alpha, emissions, n, transitions, pairs, labels, margins);
        }
    }

    private static float Transition(ReadOnlySpan<float> transitions, ReadOnlySpan<float> pairs, int i, int previous, int next) =>
        transitions[((previous + 1) * L) + next] + (pairs.IsEmpty ? 0 : pairs[(i * PairWidth) + ((previous + 1) * L) + next]);

    // For each token, how much the best path beats the best path that gives the token another label.
    private static void MaxMarginals(float[] alpha, ReadOnlySpan<float> emissions, int n, ReadOnlySpan<float> transitions, ReadOnlySpan<float> pairs, ReadOnlySpan<int> labels, Span<float> margins)
    {
        float[] beta = ArrayPool<float>.Shared.Rent(n * L);
        try
        {
            Marginals(alpha, beta, emissions, n, transitions, pairs, labels, margins);
        }
        finally
        {
            ArrayPool<float>.Shared.Return(beta);
        }
    }

    private static void Marginals(float[] alpha, float[] beta, ReadOnlySpan<float> emissions, int n, ReadOnlySpan<float> transitions, ReadOnlySpan<float> pairs, ReadOnlySpan<int> labels, Span<float> margins)
    {
        // A rented array is not cleared: the last token has nothing after it.
        Array.Clear(beta, (n - 1) * L, L);
        for (int i = n - 2; i >= 0; i--)
        {
            for (int y = 0; y < L; y++)
            {
                float best = float.NegativeInfinity;
                for (int z = 0; z < L; z++)
                {
                    if (NerLabels.IsAllowed(y, z))
                    {
                        best = Math.Max(best, Transition(transitions, pairs, i + 1, y, z) + emissions[((i + 1) * L) + z] + beta[((i + 1) * L) + z]);
                    }
                }

                beta[(i * L) + y] = best;
            }
        }

        for (int i = 0; i < n; i++)
        {
            float chosen = alpha[(i * L) + labels[i]] + beta[(i * L) + labels[i]];
            float other = float.NegativeInfinity;
            for (int y = 0; y < L; y++)
            {
                if (y != labels[i])
                {
                    other = Math.Max(other, alpha[(i * L) + y] + beta[(i * L) + y]);
                }
            }

            margins[i] = chosen - other;
        }
    }
}
