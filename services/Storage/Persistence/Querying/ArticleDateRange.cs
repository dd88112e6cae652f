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

    public bool Contains(string dayKey) =>
        string.CompareOrdinal(dayKey, FromKey) >= 0 && string.CompareOrdinal(dayKey, ToKey) <= 0;

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
