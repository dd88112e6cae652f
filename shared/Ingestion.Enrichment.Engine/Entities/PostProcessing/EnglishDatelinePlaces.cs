using System.Text.RegularExpressions;
using Ingestion.Contracts;

namespace Ingestion.Enrichment.Engine.Entities.PostProcessing;

// A wire story's dateline opens a line with its place in capitals, then the region or country, then the date or
// the agency: "BRISTOL , England 1996-09-14", "NAIROBI, Kenya (AP) --", "OSLO 1996-09-12". The place is a place
// whatever the model read there: a small town it never saw in capitals is otherwise a person ("CRANS").
internal static partial class EnglishDatelinePlaces
{
    private const double RuleConfidence = 0.8;

    // The dateline opens the body, the line after the headline: the first lines are enough, and the rest of a long
    // article costs nothing.
    private const int LinesRead = 3;

    public static void Apply(string text, CandidateSet candidates)
    {
        int end = 0;
        for (int line = 0; line < LinesRead && end < text.Length; line++)
        {
            int next = text.IndexOf('\n', end);
            end = next < 0 ? text.Length : next + 1;
        }

        foreach (ValueMatch place in Dateline().EnumerateMatches(text.AsSpan(0, end)))
        {
            candidates.AddRule(new EntityCandidate(place.Index, place.Index + place.Length, EntityTypes.Location, RuleConfidence, fromRule: true));
        }
    }

    // The match is the place: at a line's start (after spaces), one to four words in capitals (letters, stops, hyphens,
    // apostrophes), followed by an optional ", Region" in title case, then (after an optional comma) an ISO date, a
    // month and day ("Sept 12") or an agency in brackets. Enumerated over a span, it allocates nothing.
    [GeneratedRegex(@"(?<=^[ \t]*)[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3}(?=[ \t]*(?:,[ \t]*[A-Z][A-Za-z.'\-]+(?: [A-Z][A-Za-z.'\-]+){0,2}[ \t]*)?,?[ \t]*(?:\d{4}-\d\d-\d\d\b|[A-Z][a-z]{2,8}\.? \d{1,2}\b|\((?:[A-Z][A-Za-z]+|[A-Z]{2,6})\)))", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex Dateline();
}
