using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Ingestion.Enrichment.Engine.Text;

namespace Ingestion.Storage.Persistence.Querying;

/// <summary>
/// Makes the keys an article is found by: names folded as the engine folds Arabic (alef forms, alef maqsura, teh
/// marbuta, diacritics and tatweel) and lower-cased, and the days its resolved TIMEX3 values cover.
/// </summary>
public static partial class ArticleSearchKeys
{
    /// <summary>
    /// Periods longer than a month (a quarter, a year) would add a key per day: the seed's "last quarter of the year"
    /// alone gave 92 keys, and 2,000 copies of the seed with its dates took 20% longer to write and 26% more file
    /// than without them. They are not indexed.
    /// </summary>
    public const int MaxDaysPerValue = 31;

    private const string DayFormat = "yyyy-MM-dd";
    private const string MonthFormat = "yyyy-MM";
    private const string WeekSuffix = "W";
    private const char DayKind = 'D';
    private const char WeekKind = 'W';
    private const char MonthKind = 'M';
    private const char QuarterKind = 'Q';

    /// <summary>The form names are compared in: folded, lower-cased, runs of white space made one space.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string folded = ArabicNormalizer.Normalize(text).ToLowerInvariant();
        StringBuilder result = new(folded.Length);
        foreach (string part in folded.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (result.Length > 0)
            {
                result.Append(' ');
            }

            result.Append(part);
        }

        return result.ToString();
    }

    /// <summary>The entity types an article's names are keyed under; a name of any other type is also keyed bare.</summary>
    public static IReadOnlyList<string> EntityTypes { get; } = [Contracts.EntityTypes.Person, Contracts.EntityTypes.Organization, Contracts.EntityTypes.Location, Contracts.EntityTypes.Miscellaneous];

    /// <summary>The key of an entity name, with the type (<c>PER:…</c>) or without.</summary>
    public static string EntityKey(string name, string? type) => type is null ? Fold(name) : $"{type}:{Fold(name)}";

    /// <summary>
    /// The keys that find a name: with a type, that one key; without, the name under each type, and bare (a name of an
    /// unknown type, and files written before names were keyed once each).
    /// </summary>
    public static IReadOnlyList<string> EntityKeys(string name, string? type)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (type is not null)
        {
            return [EntityKey(name, type)];
        }

        string folded = Fold(name);
        return [folded, .. EntityTypes.Select(t => $"{t}:{folded}")];
    }

    /// <summary>The keys with every day of a date keyed (<c>2024-03</c> gives 31 day keys), as the Mongo store indexes them.</summary>
    public static DocumentSearchKeys For(ArticleDocument document) => For(document, periodKeys: false);

    /// <summary>
    /// The keys of an article. With <paramref name="periodKeys"/> a date longer than a day is one key, the period
    /// itself: a month as <c>2024-03</c>, a week as its Monday and <c>W</c> (<c>2024-03-04W</c>); both sort among the
    /// day keys (a month before its first day, a week right after its Monday), so a range of keys still reads them
    /// (<see cref="ArticleDateRange.KeysWithin"/>, <see cref="ArticleDateRange.Contains"/>). Every key is a node of a
    /// multi-key index that each write maintains; a month mentioned was 31 of them.
    /// </summary>
    public static DocumentSearchKeys For(ArticleDocument document, bool periodKeys)
    {
        ArgumentNullException.ThrowIfNull(document);
        SortedSet<string> entities = new(StringComparer.Ordinal);
        foreach (DocumentEntity entity in document.Entities)
        {
            foreach (string? name in (string?[])[entity.Text, entity.CanonicalName])
            {
                if (!string.IsNullOrWhiteSpace(name))
                {
                    // One key per name: every key is a node of a multi-key index that each write maintains (it was half
                    // of a write when names were keyed bare as well). A search without a type looks the name up under
                    // every type (EntityKeys); only a name of a type outside those is also keyed bare, to stay findable.
                    string folded = Fold(name);
                    bool known = EntityTypes.Contains(entity.Type, StringComparer.Ordinal);
                    if (!string.IsNullOrEmpty(entity.Type))
                    {
                        entities.Add($"{entity.Type}:{folded}");
                    }

                    if (!known)
                    {
                        entities.Add(folded);
                    }
                }
            }
        }

        SortedSet<string> dates = new(StringComparer.Ordinal);
        foreach (DocumentTemporal temporal in document.Temporal)
        {
            if (periodKeys)
            {
                if (PeriodKey(temporal.Value) is { } key)
                {
                    dates.Add(key);
                }

                continue;
            }

            foreach (DateOnly day in DaysOf(temporal.Value))
            {
                dates.Add(Day(day));
            }
        }

        if (document.PublishedAt is { } published)
        {
            dates.Add(Day(DateOnly.FromDateTime(published.UtcDateTime)));
        }

        SortedSet<string> agencies = new(StringComparer.Ordinal);
        foreach (string? name in (string?[])[document.Source.Agency, document.Source.AgencyAbbreviation, document.Source.AgencyLatin])
        {
            if (!string.IsNullOrWhiteSpace(name))
            {
                agencies.Add(Fold(name));
            }
        }

        return new DocumentSearchKeys { Entities = [.. entities], Dates = [.. dates], Agencies = [.. agencies] };
    }

    /// <summary>
    /// The days a TIMEX3 value covers: a day or a time of day (<c>2024-03-10</c>, <c>2024-03-10T09:00</c>), an ISO
    /// week (<c>2024-W10</c>) or a month (<c>2024-03</c>). Anything else (a quarter, a year, a duration,
    /// <c>PRESENT_REF</c>, an unknown year <c>XXXX-03-10</c>) covers no indexed day.
    /// </summary>
    public static IEnumerable<DateOnly> DaysOf(string? value)
    {
        if (string.IsNullOrEmpty(value) || Period(value) is not (DateOnly first, DateOnly last, _))
        {
            return [];
        }

        int days = last.DayNumber - first.DayNumber + 1;
        return days > MaxDaysPerValue ? [] : Days(first, days);
    }

    /// <summary>
    /// The one key of the days a TIMEX3 value covers (those <see cref="DaysOf"/> gives): a day <c>2024-03-10</c>, a
    /// month <c>2024-03</c>, a week its Monday and <c>W</c> (<c>2024-03-04W</c>); null for what covers no indexed day.
    /// </summary>
    public static string? PeriodKey(string? value)
    {
        if (string.IsNullOrEmpty(value) || Period(value) is not (DateOnly first, DateOnly last, char kind) || last.DayNumber - first.DayNumber + 1 > MaxDaysPerValue)
        {
            return null;
        }

        return kind switch
        {
            WeekKind => WeekKey(first),
            MonthKind => MonthKey(first),
            _ => Day(first),
        };
    }

    /// <summary>The key of a month, <c>yyyy-MM</c>: it sorts just before the month's first day.</summary>
    public static string MonthKey(DateOnly day) => day.ToString(MonthFormat, CultureInfo.InvariantCulture);

    /// <summary>The key of the ISO week starting on <paramref name="monday"/>: it sorts just after that day.</summary>
    public static string WeekKey(DateOnly monday) => Day(monday) + WeekSuffix;

    // A plain loop: a Select over first.AddDays bound a delegate to a boxed copy of the day on every value of every write.
    private static DateOnly[] Days(DateOnly first, int count)
    {
        DateOnly[] days = new DateOnly[count];
        for (int i = 0; i < count; i++)
        {
            days[i] = first.AddDays(i);
        }

        return days;
    }

    public static string Day(DateOnly day) => day.ToString(DayFormat, CultureInfo.InvariantCulture);

    private static (DateOnly First, DateOnly Last, char Kind)? Period(string value)
    {
        Match match = TimexPattern().Match(value);
        if (!match.Success)
        {
            return null;
        }

        int year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (year < 1)
        {
            return null;
        }

        try
        {
            if (match.Groups["week"].Success)
            {
                DateOnly monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, int.Parse(match.Groups["week"].Value, CultureInfo.InvariantCulture), DayOfWeek.Monday));
                return (monday, monday.AddDays(6), WeekKind);
            }

            if (match.Groups["quarter"].Success)
            {
                DateOnly start = new(year, ((int.Parse(match.Groups["quarter"].Value, CultureInfo.InvariantCulture) - 1) * 3) + 1, 1);
                return (start, start.AddMonths(3).AddDays(-1), QuarterKind);
            }

            if (!match.Groups["month"].Success)
            {
                return null;
            }

            int month = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
            if (match.Groups["day"].Success)
            {
                DateOnly day = new(year, month, int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture));
                return (day, day, DayKind);
            }

            DateOnly first = new(year, month, 1);
            return (first, first.AddMonths(1).AddDays(-1), MonthKind);
        }
        catch (ArgumentOutOfRangeException)
        {
            // A value the resolver got wrong (month 13, 30 February) finds nothing rather than failing the write.
            return null;
        }
    }

    [GeneratedRegex(@"^(?<year>\d{4})(?:-W(?<week>\d{2})|-Q(?<quarter>[1-4])|-(?<month>\d{2})(?:-(?<day>\d{2}))?)?(?:T.*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex TimexPattern();
}
