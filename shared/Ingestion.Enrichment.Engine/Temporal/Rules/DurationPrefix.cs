using System.Text.RegularExpressions;
using Ingestion.Contracts;

namespace Ingestion.Enrichment.Engine.Temporal.Rules;

/// <summary>
/// Takes into an English duration's span what TimeML keeps there: the determiner, "past/next" and the approximation
/// words ("the past two years", "nearly an hour", "at least 20 more years"), with the modifier they give.
/// </summary>
/// <remarks>
/// A step after the rules rather than part of the duration pattern: an optional prefix in front of the long number
/// alternation made every attempt of that pattern several times slower.
/// </remarks>
internal static class DurationPrefix
{
    private static readonly Regex s_prefix = new(
        "(?<![\\p{L}])(?:(?:each\\s+of\\s+)?(?:the\\s+)?(?:past|last|next|first|previous|coming|final|latest|remaining|following|same)|the" +
        "|(?<mod>(?:more|less|fewer)\\s+than|about|around|nearly|almost|approximately|roughly|some|at\\s+least|up\\s+to|no\\s+more\\s+than|over|under|just\\s+over|just\\s+under)" +
        "|another|an\\s+additional)\\s+$",
        RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.RightToLeft);

    private const int Window = 40;

    // "over the past two years", "over three years": "over" is the preposition, not "more than", except before "a"
    // or "an" ("over an hour").
    private static bool IsPreposition(Match m, string text, TemporalCandidate c) =>
        m.Groups["mod"].Value.Equals("over", StringComparison.OrdinalIgnoreCase)
        && !text.AsSpan(c.Start, c.Length).StartsWith("a ", StringComparison.OrdinalIgnoreCase)
        && !text.AsSpan(c.Start, c.Length).StartsWith("an ", StringComparison.OrdinalIgnoreCase);

    // "the 14-day strike", "a two-week visit": the determiner belongs to the noun the duration describes, not to it.
    private static bool IsAdjectival(string text, TemporalCandidate c)
    {
        ReadOnlySpan<char> span = text.AsSpan(c.Start, c.Length);
        int hyphen = span.LastIndexOf('-');
        return hyphen > 0 && hyphen < span.Length - 1 && !span.EndsWith("s", StringComparison.OrdinalIgnoreCase)
            && span[(hyphen + 1)..].IndexOfAny(' ', '-') < 0;
    }

    public static List<TemporalCandidate> Extend(List<TemporalCandidate> kept, string text)
    {
        for (int i = 0; i < kept.Count; i++)
        {
            TemporalCandidate c = kept[i];
            bool ago = c.Type == TemporalTypes.Date && text.AsSpan(c.Start, c.Length).EndsWith("ago", StringComparison.OrdinalIgnoreCase);
            if ((c.Type != TemporalTypes.Duration && !ago) || IsAdjectival(text, c))
            {
                continue;
            }

            int from = Math.Max(i == 0 ? 0 : kept[i - 1].End, c.Start - Window);
            Match m = s_prefix.Match(text, from, c.Start - from);
            if (m.Success && !IsPreposition(m, text, c))
            {
                kept[i] = c with { Start = m.Index, Mod = c.Mod ?? EnglishRules.Mod(m.Groups["mod"].Value) };
            }
        }

        return kept;
    }
}
