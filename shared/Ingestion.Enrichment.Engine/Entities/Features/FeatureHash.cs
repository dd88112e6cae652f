namespace Ingestion.Enrichment.Engine.Entities.Features;

// FNV-1a over characters plus a SplitMix finalizer: features are keyed by 64-bit hashes of spans, so the hot path
// builds no strings. Collisions at 64 bits are negligible for a few million features.
internal static class FeatureHash
{
    public const ulong Seed = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Add(ulong hash, char c) => (hash ^ c) * Prime;

    public static ulong Of(ReadOnlySpan<char> chars)
    {
        ulong h = Seed;
        foreach (char c in chars)
        {
            h = Add(h, c);
        }

        return h;
    }

    public static ulong Of(string text) => Of(text.AsSpan());

    public static ulong Combine(ulong a, ulong b) => Mix(a ^ (b + 0x9E3779B97F4A7C15UL + (a << 6) + (a >> 2)));

    public static ulong Key(int template, ulong value) => Mix(value + ((ulong)template * 0xD6E8FEB86659FD93UL));

    public static ulong Key(int template, ulong a, ulong b) => Key(template, Combine(a, b));

    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
