using Ingestion.Enrichment.Engine.Text;

namespace Ingestion.Enrichment.Engine.Entities.Features;

// Hashes one token's forms: raw, normalized (Arabic folding, Latin lower case), clitic-stripped stem, affixes, shape.
internal static class TokenAnalyzer
{
    public const int MaxChars = 48;

    // Writes the token's normalized characters to buffer[offset..] (at most MaxChars) and fills its hashes.
    public static TokenInfo Analyze(ReadOnlySpan<char> token, TokenKind kind, char[] buffer, int offset)
    {
        var info = default(TokenInfo);
        info.Raw = FeatureHash.Of(token);
        Span<char> norm = buffer.AsSpan(offset, MaxChars);
        int n = 0;
        ulong shape = FeatureHash.Seed;
        char lastShape = '\0';
        int upper = 0;
        int letters = 0;
        foreach (char c in token)
        {
            if (ArabicNormalizer.IsIgnorable(c))
            {
                continue;
            }

            char s = ShapeOf(c);
            if (s != lastShape)
            {
                shape = FeatureHash.Add(shape, s);
                lastShape = s;
            }

            if (char.IsUpper(c))
            {
                upper++;
            }

            if (char.IsLetter(c))
            {
                letters++;
            }

            if (n < MaxChars)
            {
                char f = ArabicNormalizer.Fold(c);
                norm[n++] = char.IsDigit(f) ? '0' : char.ToLowerInvariant(f);
            }
        }

        ReadOnlySpan<char> normalized = norm[..n];
        info.Norm = FeatureHash.Of(normalized);
        info.Shape = shape;
        int p = kind == TokenKind.ArabicWord ? ArabicClitics.PrefixLength(normalized) : 0;
        ReadOnlySpan<char> stem = normalized[p..];
        info.StemStart = offset + p;
        info.StemLength = n - p;
        info.Stem = p == 0 ? info.Norm : FeatureHash.Of(stem);
        info.Clitic = FeatureHash.Of(normalized[..p]);
        info.Prefix1 = FeatureHash.Of(stem[..Math.Min(1, stem.Length)]);
        info.Prefix2 = FeatureHash.Of(stem[..Math.Min(2, stem.Length)]);
        info.Prefix3 = FeatureHash.Of(stem[..Math.Min(3, stem.Length)]);
        info.Suffix1 = FeatureHash.Of(stem[Math.Max(0, stem.Length - 1)..]);
        info.Suffix2 = FeatureHash.Of(stem[Math.Max(0, stem.Length - 2)..]);
        info.Suffix3 = FeatureHash.Of(stem[Math.Max(0, stem.Length - 3)..]);
        info.Flags = kind switch
        {
            TokenKind.ArabicWord => TokenFlags.Arabic,
            TokenKind.Number => TokenFlags.Number,
            TokenKind.Punctuation => TokenFlags.Punctuation,
            _ => TokenFlags.None,
        };
        if (letters > 0 && char.IsUpper(token[0]))
        {
            info.Flags |= TokenFlags.Capitalized;
        }

        if (letters > 1 && upper == letters)
        {
            info.Flags |= TokenFlags.AllCaps;
        }

        return info;
    }

    /// <summary>The normalized form the features hash (<see cref="TokenInfo.Norm"/>), as a string: for word lists.</summary>
    public static string Normalize(ReadOnlySpan<char> token)
    {
        Span<char> norm = stackalloc char[MaxChars];
        int n = 0;
        foreach (char c in token)
        {
            if (!ArabicNormalizer.IsIgnorable(c) && n < MaxChars)
            {
                char f = ArabicNormalizer.Fold(c);
                norm[n++] = char.IsDigit(f) ? '0' : char.ToLowerInvariant(f);
            }
        }

        return new string(norm[..n]);
    }

    private static char ShapeOf(char c) =>
        ArabicNormalizer.IsArabicLetter(c) ? 'a'
        : char.IsDigit(c) ? 'd'
        : char.IsUpper(c) ? 'X'
        : char.IsLetter(c) ? 'x'
        : c;
}
