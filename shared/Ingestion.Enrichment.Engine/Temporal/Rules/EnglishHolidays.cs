using System.Globalization;
using System.Text.RegularExpressions;

namespace Ingestion.Enrichment.Engine.Temporal.Rules;

/// <summary>
/// Named holidays, which TimeML annotates as the dates they fall on: "Christmas Day" is 12-25, "Thanksgiving" the fourth
/// Thursday of November, "Easter" the Sunday the Gregorian computus gives. The year follows the tense, as for a month
/// named without one; "Easter week" and "Thanksgiving weekend" are the holiday's week and weekend.
/// </summary>
internal static class EnglishHolidays
{
    private const string Names =
        "christmas\\s+eve|christmas(?:\\s+day)?|new\\s+year['’]s\\s+eve|new\\s+year['’]s(?:\\s+day)?|thanksgiving(?:\\s+day)?|easter(?:\\s+sunday|\\s+monday)?|good\\s+friday|palm\\s+sunday" +
        "|halloween|valentine['’]s\\s+day|st\\.?\\s+patrick['’]s\\s+day|saint\\s+patrick['’]s\\s+day|labor\\s+day|memorial\\s+day|veterans\\s+day|election\\s+day|columbus\\s+day" +
        "|(?:martin\\s+luther\\s+)?king\\s+day|martin\\s+luther\\s+king\\s+jr\\.?\\s+day|presidents['’]?\\s+day|mother['’]s\\s+day|father['’]s\\s+day|boxing\\s+day|the\\s+fourth\\s+of\\s+july|july\\s+fourth";

    /// <summary>The pattern of the holiday rule: a holiday, with "last/next/this" before it and a year, "week" or "weekend" after it.</summary>
    public const string Pattern =
        "(?:(?<rel>last|next|this\\s+past|this\\s+coming|this)\\s+)?(?<h>" + Names + ")(?:\\s+(?<wk>week|weekend)|,?\\s+(?<y>\\d{4}))?";

    /// <summary>Words of which every holiday contains one.</summary>
    public static readonly string[] Triggers =
    [
        "christmas", "new", "thanksgiving", "easter", "good", "palm", "halloween", "valentine", "patrick", "labor", "memorial", "veterans",
        "election", "columbus", "king", "presidents", "president", "mother", "father", "boxing", "fourth",
    ];

    // A bare "Christmas" or "Easter" is a date after these words; elsewhere it is often a modifier ("Christmas trees").
    private static readonly string[] s_temporalWords =
        ["on", "before", "after", "since", "until", "till", "by", "over", "at", "during", "for", "from", "to", "through", "around", "near", "ahead", "of"];

    // After a bare holiday, a lower-case word that is none of these makes it a modifier ("Easter eggs").
    private static readonly string[] s_followers =
    [
        "and", "or", "but", "when", "while", "as", "so", "to", "in", "on", "at", "for", "with", "from", "by", "of", "the", "a", "an", "this", "that",
        "last", "next", "he", "she", "it", "they", "we", "i", "you", "his", "her", "their", "was", "were", "is", "are", "will", "would", "had", "has",
        "have", "after", "before", "until", "said", "says", "because", "if", "than", "following",
    ];

    public static TemporalValue? Resolve(Match m, RuleContext c)
    {
        Group h = m.Groups["h"];
        string name = string.Join(' ', h.Value.ToUpperInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (!char.IsUpper(h.Value[0]) && !name.StartsWith("THE FOURTH", StringComparison.Ordinal))
        {
            return null;
        }

        string rel = string.Join(' ', m.Groups["rel"].Value.ToUpperInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        bool bare = name is "CHRISTMAS" or "NEW YEAR'S" or "THANKSGIVING" or "EASTER" or "HALLOWEEN";
        if (bare && !m.Groups["wk"].Success && (IsModifier(c, m.Index + m.Length)
            || (rel.Length == 0 && !m.Groups["y"].Success && Array.IndexOf(s_temporalWords, c.WordBefore(m.Index).ToLowerInvariant()) < 0)))
        {
            return null;
        }

        DateOnly day;
        if (m.Groups["y"].Success)
        {
            day = DateIn(name, int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture));
        }
        else
        {
            DateOnly reference = c.Reference;
            DateOnly before = DateIn(name, reference.Year) is var d && d < reference ? d : DateIn(name, reference.Year - 1);
            DateOnly after = DateIn(name, reference.Year) is var e && e > reference ? e : DateIn(name, reference.Year + 1);
            DateOnly same = DateIn(name, reference.Year);
            // "as Easter week began": a holiday's week or weekend has begun up to a week before the day.
            DateOnly begun = m.Groups["wk"].Success ? reference.AddDays(7) : reference;
            day = rel switch
            {
                "LAST" or "THIS PAST" => before,
                "NEXT" or "THIS COMING" => after,
                "THIS" => same,
                _ => Tense.Of(c.Text, m.Index, m.Index + m.Length) switch
                {
                    < 0 => same <= begun ? same : before,
                    > 0 => same >= reference ? same : after,
                    // No tense: the occurrence nearer to the reference date.
                    _ => same == reference ? same : (reference.DayNumber - before.DayNumber <= after.DayNumber - reference.DayNumber ? before : after),
                },
            };
        }

        string week = Timex.FormatWeek(day);
        return m.Groups["wk"].Value.ToUpperInvariant() switch
        {
            "WEEK" => Timex.Date(week),
            // The weekend of a Monday holiday ("Labor Day weekend") is the one just before it, in the ISO week before.
            "WEEKEND" => Timex.Date(Timex.FormatWeek(day.DayOfWeek == DayOfWeek.Monday ? day.AddDays(-1) : day) + "-WE"),
            _ => Timex.Day(day),
        };
    }

    private static bool IsModifier(RuleContext c, int end) =>
        c.WordAfter(end) is { Length: > 0 } next && char.IsLower(next[0]) && Array.IndexOf(s_followers, next) < 0;

    private static DateOnly DateIn(string name, int year) => name switch
    {
        "CHRISTMAS EVE" => new DateOnly(year, 12, 24),
        "NEW YEAR'S EVE" => new DateOnly(year, 12, 31),
        _ when name.StartsWith("CHRISTMAS", StringComparison.Ordinal) => new DateOnly(year, 12, 25),
        _ when name.StartsWith("NEW YEAR", StringComparison.Ordinal) => new DateOnly(year, 1, 1),
        _ when name.StartsWith("THANKSGIVING", StringComparison.Ordinal) => NthWeekday(year, 11, DayOfWeek.Thursday, 4),
        "EASTER MONDAY" => Easter(year).AddDays(1),
        "GOOD FRIDAY" => Easter(year).AddDays(-2),
        "PALM SUNDAY" => Easter(year).AddDays(-7),
        _ when name.StartsWith("EASTER", StringComparison.Ordinal) => Easter(year),
        "HALLOWEEN" => new DateOnly(year, 10, 31),
        "VALENTINE'S DAY" => new DateOnly(year, 2, 14),
        _ when name.Contains("PATRICK", StringComparison.Ordinal) => new DateOnly(year, 3, 17),
        "LABOR DAY" => NthWeekday(year, 9, DayOfWeek.Monday, 1),
        "MEMORIAL DAY" => NthWeekday(year, 6, DayOfWeek.Monday, 1).AddDays(-7),
        "VETERANS DAY" => new DateOnly(year, 11, 11),
        // The Tuesday after the first Monday of November.
        "ELECTION DAY" => NthWeekday(year, 11, DayOfWeek.Monday, 1).AddDays(1),
        "COLUMBUS DAY" => NthWeekday(year, 10, DayOfWeek.Monday, 2),
        _ when name.Contains("KING", StringComparison.Ordinal) => NthWeekday(year, 1, DayOfWeek.Monday, 3),
        _ when name.StartsWith("PRESIDENT", StringComparison.Ordinal) => NthWeekday(year, 2, DayOfWeek.Monday, 3),
        "MOTHER'S DAY" => NthWeekday(year, 5, DayOfWeek.Sunday, 2),
        "FATHER'S DAY" => NthWeekday(year, 6, DayOfWeek.Sunday, 3),
        "BOXING DAY" => new DateOnly(year, 12, 26),
        _ => new DateOnly(year, 7, 4),
    };

    private static DateOnly NthWeekday(int year, int month, DayOfWeek weekday, int n)
    {
        var first = new DateOnly(year, month, 1);
        int delta = ((int)weekday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(delta + (7 * (n - 1)));
    }

    // The anonymous Gregorian computus (Meeus/Jones/Butcher).
    private static DateOnly Easter(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
        int f = (b + 8) / 25, g = (b - f + 1) / 3, h = ((19 * a) + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4, l = (32 + (2 * e) + (2 * i) - h - k) % 7, m = (a + (11 * h) + (22 * l)) / 451;
        int month = (h + l - (7 * m) + 114) / 31, day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
