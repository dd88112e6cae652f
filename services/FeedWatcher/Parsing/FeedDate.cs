using System.Globalization;
using System.Text.RegularExpressions;

namespace Ingestion.FeedWatcher.Parsing;

/// <summary>
/// Dates as feeds really write them: RFC 822 and its descendants (RFC 1123, RFC 850, asctime) with a wrong or missing
/// weekday, a two-digit year, a zone name, a military letter, <c>GMT+3</c> or no zone at all (taken as UTC); ISO 8601,
/// RFC 3339 and the W3C-DTF profile down to a bare year. The source's offset is kept: a date's day depends on it.
/// CodeHollow.FeedReader parses many of these too but returns UTC only and misses asctime, zone names beyond the
/// American ones and <c>GMT+3</c> (measured); it stays as the last resort.
/// </summary>
public static partial class FeedDate
{
    private static readonly string[] s_isoFormats =
    [
        "yyyy", "yyyy-MM", "yyyy-MM-dd", "yyyyMMdd",
        "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd HH:mmK", "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mm:ss.FFFFFFFK",
        "yyyyMMdd'T'HHmmssK", "yyyyMMdd'T'HHmmK",
    ];

    private static readonly string[] s_rfcFormats =
    [
        "d MMM yyyy HH:mm:ss zzz", "d MMM yyyy HH:mm zzz", "d MMM yy HH:mm:ss zzz", "d MMM yy HH:mm zzz",
        "d MMMM yyyy HH:mm:ss zzz", "d MMMM yyyy HH:mm zzz",
        "d-MMM-yy HH:mm:ss zzz", "d-MMM-yyyy HH:mm:ss zzz",
        "d MMM yyyy HH:mm:ss", "d MMM yyyy HH:mm", "d MMM yy HH:mm:ss", "d MMM yy HH:mm", "d MMM yyyy",
        "d MMMM yyyy HH:mm:ss", "d MMMM yyyy",
        "MMM d HH:mm:ss yyyy", "MMM d HH:mm:ss zzz yyyy", "MMM d, yyyy HH:mm:ss zzz", "MMM d, yyyy HH:mm:ss", "MMM d, yyyy",
        "MMMM d, yyyy HH:mm:ss", "MMMM d, yyyy",
    ];

    // RFC 822's names, and those common in news feeds. Military letters other than Z are taken as UTC, as RFC 1123
    // advises (RFC 822 got their signs backwards). Ambiguous names (AST, IST, BST) are left to the fallbacks.
    private static readonly Dictionary<string, string> s_zones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UT"] = "+00:00", ["UTC"] = "+00:00", ["GMT"] = "+00:00", ["Z"] = "+00:00", ["WET"] = "+00:00",
        ["EST"] = "-05:00", ["EDT"] = "-04:00", ["CST"] = "-06:00", ["CDT"] = "-05:00",
        ["MST"] = "-07:00", ["MDT"] = "-06:00", ["PST"] = "-08:00", ["PDT"] = "-07:00",
        ["CET"] = "+01:00", ["CEST"] = "+02:00", ["MET"] = "+01:00", ["MEST"] = "+02:00", ["WEST"] = "+01:00",
        ["EET"] = "+02:00", ["EEST"] = "+03:00", ["MSK"] = "+03:00", ["GST"] = "+04:00",
        ["JST"] = "+09:00", ["KST"] = "+09:00", ["HKT"] = "+08:00", ["SGT"] = "+08:00",
    };

    /// <summary>The date, or null when the text is no date this can read.</summary>
    public static DateTimeOffset? Parse(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        string text = Spaces().Replace(raw.Trim(), " ");
        if (DateTimeOffset.TryParseExact(text, s_isoFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset iso))
        {
            return Plausible(iso);
        }

        string rfc = Zone().Replace(Weekday().Replace(text, string.Empty), match => Offset(match) ?? match.Value).Trim();
        if (DateTimeOffset.TryParseExact(rfc, s_rfcFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out DateTimeOffset date)
            || DateTimeOffset.TryParse(rfc, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out date))
        {
            return Plausible(date);
        }

        return CodeHollow.FeedReader.Helpers.TryParseDateTime(text, CultureInfo.InvariantCulture) is { } utc
            ? Plausible(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)))
            : null;
    }

    // A year 1 or 9999 is a producer's placeholder, not a date.
    private static DateTimeOffset? Plausible(DateTimeOffset date) => date.Year is >= 1900 and <= 2200 ? date : null;

    private static string? Offset(Match zone)
    {
        string name = zone.Groups["name"].Value;
        if (zone.Groups["hours"].Success)
        {
            int hours = int.Parse(zone.Groups["hours"].Value, CultureInfo.InvariantCulture);
            int minutes = zone.Groups["minutes"].Success ? int.Parse(zone.Groups["minutes"].Value, CultureInfo.InvariantCulture) : 0;
            string sign = zone.Groups["sign"].Value;
            return hours <= 14 && (name.Length == 0 || s_zones.ContainsKey(name)) ? $" {sign}{hours:00}:{minutes:00}" : null;
        }

        return s_zones.TryGetValue(name, out string? offset) ? " " + offset
            : name.Length == 1 && char.IsAsciiLetter(name[0]) ? " +00:00"
            : null;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Weekday();

    // A trailing zone: a name, a name with an offset (GMT+3, UTC+03:00), or a bare offset (+0300, +03:00).
    [GeneratedRegex(@"\s(?<name>[A-Za-z]{1,5})?(?:(?<sign>[+-])(?<hours>\d{1,2})(?::?(?<minutes>\d{2}))?)?\s*$")]
    private static partial Regex Zone();
}
