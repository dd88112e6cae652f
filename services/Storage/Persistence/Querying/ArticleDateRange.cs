using System.Globalization;

namespace Ingestion.Storage.Persistence.Querying;

/// <summary>
/// Days from <see cref="From"/> to <see cref="To"/>, both included; either end may be open. Written
/// <c>FROM[..TO]</c>, each end a year, a month or a day: <c>2024</c>, <c>2024-03</c>, <c>2024-03-01..2024-03-15</c>,
/// <c>2024-03..</c>, <c>..2024-03-15</c>. A lone period stands for all its days.
/// </summary>
public sealed record ArticleDateRange(DateOnly? From, DateOnly? To)
{
    private const string Separator = "..";

    /// <summary>The first key in range (<c>yyyy-MM-dd</c>); the empty string when open.</summary>
    public string FromKey => From is { } from ? ArticleSearchKeys.Day(from) : string.Empty;

    /// <summary>The last key in range; a key above every day when open.</summary>
    public string ToKey => To is { } to ? ArticleSearchKeys.Day(to) : "9999-99-99";

    /// <summary>
    /// Up to this many days, a range is looked up key by key (<see cref="KeysWithin"/>): a year's days, weeks and months
    /// are about 430 seeks of the index; a longer or open range reads a span of keys instead (<see cref="LowKey"/>).
    /// </summary>
    public const int MaxKeyedDays = 400;

    private const int WeekDays = 7;

    /// <summary>The lowest key that can cover a day in range: the month of <see cref="From"/> or a week begun up to 6 days before it.</summary>
    public string LowKey
    {
        get
        {
            if (From is not { } from)
            {
                return string.Empty;
            }

            string month = ArticleSearchKeys.MonthKey(from);
            if (from.DayNumber < WeekDays - 1)
            {
                return month;
            }

            string weekStart = ArticleSearchKeys.Day(from.AddDays(-(WeekDays - 1)));
            return string.CompareOrdinal(weekStart, month) < 0 ? weekStart : month;
        }
    }

    /// <summary>A key above every key that can cover a day in range (a week key of <see cref="To"/> included).</summary>
    public string HighKey => ToKey + "~";

    /// <summary>
    /// True when a search key covers a day in range: a day (<c>2024-03-10</c>), a month (<c>2024-03</c>) or a week
    /// (<c>2024-03-04W</c>, its Monday), as <see cref="ArticleSearchKeys"/> writes them.
    /// </summary>
    public bool Contains(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.Length switch
        {
            DayLength => string.CompareOrdinal(key, FromKey) >= 0 && string.CompareOrdinal(key, ToKey) <= 0,
            MonthLength when TryParse(key, "yyyy-MM", out DateOnly first) => Overlaps(first, first.AddMonths(1).AddDays(-1)),
            DayLength + 1 when key[^1] == 'W' && TryParse(key[..DayLength], "yyyy-MM-dd", out DateOnly monday) && monday.DayNumber <= DateOnly.MaxValue.DayNumber - (WeekDays - 1) =>
                Overlaps(monday, monday.AddDays(WeekDays - 1)),
            _ => false,
        };
    }

    /// <summary>
    /// Every key that covers a day in range (its days, the months and the weeks that overlap it); null when the range
    /// is open or longer than <paramref name="maxDays"/> days.
    /// </summary>
    public IReadOnlyList<string>? KeysWithin(int maxDays = MaxKeyedDays)
    {
        if (From is not { } from || To is not { } to || to.DayNumber - from.DayNumber + 1 > maxDays)
        {
            return null;
        }

        List<string> keys = [];
        for (DateOnly day = from; day <= to; day = day.AddDays(1))
        {
            keys.Add(ArticleSearchKeys.Day(day));
            if (day == to)
            {
                break;
            }
        }

        for (DateOnly month = new(from.Year, from.Month, 1); month <= to; month = month.AddMonths(1))
        {
            keys.Add(ArticleSearchKeys.MonthKey(month));
            if (month.Year == to.Year && month.Month == to.Month)
            {
                break;
            }
        }

        int back = ((int)from.DayOfWeek + WeekDays - 1) % WeekDays;
        if (from.DayNumber >= back)
        {
            for (DateOnly monday = from.AddDays(-back); monday <= to; monday = monday.AddDays(WeekDays))
            {
                keys.Add(ArticleSearchKeys.WeekKey(monday));
                if (to.DayNumber - monday.DayNumber < WeekDays)
                {
                    break;
                }
            }
        }

        return keys;
    }

    public static ArticleDateRange Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string trimmed = text.Trim();
        int separator = trimmed.IndexOf(Separator, StringComparison.Ordinal);
        if (separator < 0)
        {
            (DateOnly first, DateOnly last) = Period(trimmed, text);
            return new ArticleDateRange(first, last);
        }

        string from = trimmed[..separator].Trim();
        string to = trimmed[(separator + Separator.Length)..].Trim();
        if (from.Length == 0 && to.Length == 0)
        {
            throw new FormatException($"'{text}' names no date: give FROM, FROM..TO, FROM.. or ..TO.");
        }

        ArticleDateRange range = new(
            from.Length == 0 ? null : Period(from, text).First,
            to.Length == 0 ? null : Period(to, text).Last);
        if (range.From > range.To)
        {
            throw new FormatException($"'{text}' ends before it starts.");
        }

        return range;
    }

    private const int DayLength = 10;
    private const int MonthLength = 7;

    private bool Overlaps(DateOnly first, DateOnly last) => (From is null || last >= From) && (To is null || first <= To);

    private static bool TryParse(string text, string format, out DateOnly day) =>
        DateOnly.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    public override string ToString() => $"{FromKey}..{(To is null ? string.Empty : ToKey)}";

    private static (DateOnly First, DateOnly Last) Period(string part, string whole)
    {
        string[] formats = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];
        for (int i = 0; i < formats.Length; i++)
        {
            if (DateOnly.TryParseExact(part, formats[i], CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly first))
            {
                DateOnly last = i switch
                {
                    0 => first,
                    1 => first.AddMonths(1).AddDays(-1),
                    _ => first.AddYears(1).AddDays(-1),
                };
                return (first, last);
            }
        }

        throw new FormatException($"'{whole}' is not a date range: each end is YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2024-03-01..2024-03-15.");
    }
}
