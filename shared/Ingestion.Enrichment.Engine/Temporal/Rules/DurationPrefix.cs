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

    public static List<TemporalCandidate> Extend(List<TemporalCandidate> kept, string text)
    {
        for (int i = 0; i < kept.Count; i++)
        {
            TemporalCandidate c = kept[i];
            bool ago = c.Type == TemporalTypes.Date && text.AsSpan(c.Start, c.Length).EndsWith("ago", StringComparison.OrdinalIgnoreCase);
            if (c.Type != TemporalTypes.Duration && !ago)
            {
                continue;
            }

            int from = Math.Max(i == 0 ? 0 : kept[i - 1].End, c.Start - Window);
            Match m = s_prefix.Match(text, from, c.Start - from);
            if (m.Success)
            {
                kept[i] = c with { Start = m.Index, Mod = c.Mod ?? EnglishRules.Mod(m.Groups["mod"].Value) };
            }
        }

        return kept;
    }
}
