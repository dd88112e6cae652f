using System.Globalization;
using System.Text.RegularExpressions;

namespace Ingestion.Enrichment.Engine.Temporal.Rules;

/// <summary>
/// Fiscal quarters in English business news: the year of a quarter named without one, and the quarter a report
/// is about, which "the quarter", "the year-ago period" and "a year ago" refer back to.
/// </summary>
internal static class EnglishQuarters
{
    // How far back a quarter named earlier in the text still sets the topic.
    private const int Lookback = 2000;

    private static readonly Regex s_quarter = new(
        "(?<![\\p{L}])(?:(?<y>\\d{4})\\s+)?(?:fiscal\\s+)?(?<o>first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:fiscal\\s+)?quarter(?:\\s+of\\s+(?<y>\\d{4})|\\s+(?<y>\\d{4}))?",
        RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.RightToLeft);

    public static int Ordinal(string word) => word.ToUpperInvariant() switch
    {
        "FIRST" or "1ST" => 1,
        "SECOND" or "2ND" => 2,
        "THIRD" or "3RD" => 3,
        _ => 4,
    };

    /// <summary>The year of quarter <paramref name="quarter"/> named without one: the latest such quarter, the current one included, or the next in a sentence about the future when it is at most two quarters ahead.</summary>
    public static int YearOf(RuleContext c, int quarter, int start, int end)
    {
        int current = Timex.QuarterOf(c.Reference);
        int back = quarter <= current ? c.Reference.Year : c.Reference.Year - 1;
        int forward = quarter >= current ? c.Reference.Year : c.Reference.Year + 1;
        // A future cue reaches at most two quarters ahead: "the third quarter" in an October story about results is
        // the one just ended, whatever else the sentence forecasts.
        return Tense.Of(c.Text, start, end) switch
        {
            > 0 => (quarter - current + 4) % 4 <= 2 ? forward : back,
            < 0 => back,
            _ => c.Reference.Year,
        };
    }

    /// <summary>The last quarter named before <paramref name="index"/>, if any.</summary>
    public static (int Year, int Quarter)? Mentioned(RuleContext c, int index)
    {
        int from = Math.Max(0, index - Lookback);
        Match m = s_quarter.Match(c.Text, from, index - from);
        if (!m.Success)
        {
            return null;
        }

        int quarter = Ordinal(m.Groups["o"].Value);
        int year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : YearOf(c, quarter, m.Index, m.Index + m.Length);
        return (year, quarter);
    }
}
