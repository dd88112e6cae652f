using System.Globalization;
using Ingestion.Contracts;

namespace Ingestion.Enrichment.Engine.Temporal.Rules;

/// <summary>TIMEX3 value formatting and calendar arithmetic shared by the language rule sets.</summary>
internal static class Timex
{
    public static TemporalValue Date(string value, string? mod = null) => new(TemporalTypes.Date, value, mod);

    public static TemporalValue Day(DateOnly date) => Date(FormatDay(date));

    public static string FormatDay(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string FormatMonth(int year, int month) => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}");

    public static string FormatYear(int year) => year.ToString("D4", CultureInfo.InvariantCulture);

    public static string FormatWeek(DateOnly date)
    {
        DateTime dt = date.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(dt):D4}-W{ISOWeek.GetWeekOfYear(dt):D2}");
    }

    /// <summary>The value of "this/last/next week|month|year" with <paramref name="shift"/> units from the reference.</summary>
    public static string ShiftPeriod(DateOnly reference, char unit, int shift) => unit switch
    {
        'W' => FormatWeek(reference.AddDays(7 * shift)),
        'M' => FormatMonth(reference.AddMonths(shift).Year, reference.AddMonths(shift).Month),
        'Y' => FormatYear(reference.Year + shift),
        'D' => FormatDay(reference.AddDays(shift)),
        _ => throw new ArgumentOutOfRangeException(nameof(unit)),
    };

    /// <summary>A point a duration away from the reference ("three days ago"), at the duration's granularity.</summary>
    public static string? ShiftByDuration(DateOnly reference, char unit, int amount) => unit switch
    {
        'D' => FormatDay(reference.AddDays(amount)),
        'W' => FormatWeek(reference.AddDays(7 * amount)),
        'M' => ShiftPeriod(reference, 'M', amount),
        // Years before 1 CE have no four-digit TIMEX form: leave "قبل 2500 سنة" a duration.
        'Y' when reference.Year + amount >= 1 => FormatYear(reference.Year + amount),
        'E' when reference.Year + (10 * amount) >= 1 => FormatYear(reference.Year + (10 * amount)),
        _ => null,
    };

    /// <summary>The weekday (ISO 1 = Monday .. 7 = Sunday) nearest to the reference date, the reference itself included.</summary>
    public static DateOnly NearestWeekday(DateOnly reference, int isoWeekday)
    {
        int delta = isoWeekday - IsoDayOfWeek(reference);
        if (delta > 3)
        {
            delta -= 7;
        }
        else if (delta < -3)
        {
            delta += 7;
        }

        return reference.AddDays(delta);
    }

    /// <summary>The weekday in the ISO week <paramref name="weekShift"/> weeks from the reference's.</summary>
    public static DateOnly WeekdayInWeek(DateOnly reference, int isoWeekday, int weekShift) =>
        reference.AddDays((7 * weekShift) + isoWeekday - IsoDayOfWeek(reference));

    /// <summary>The previous (<paramref name="direction"/> -1) or next (+1) such weekday, never the reference itself.</summary>
    public static DateOnly AdjacentWeekday(DateOnly reference, int isoWeekday, int direction)
    {
        int delta = isoWeekday - IsoDayOfWeek(reference);
        if (direction < 0)
        {
            delta = delta >= 0 ? delta - 7 : delta;
        }
        else
        {
            delta = delta <= 0 ? delta + 7 : delta;
        }

        return reference.AddDays(delta);
    }

    /// <summary>
    /// The year of a month, or a day and month, written without one: in a sentence about the past the latest such
    /// month (the reference month included, since news often names the coming days of the current month), in one
    /// about the future the next, else the reference year. <paramref name="reach"/> caps how many months a tense
    /// cue may carry the month away from the reference: English newswire writes the year of a date further back or
    /// ahead than that, so "Dec. 15" in a November story is the coming one even in a sentence with a past verb.
    /// </summary>
    public static int YearOfMonth(DateOnly reference, int month, int tense, int reach = 12)
    {
        int back = month <= reference.Month ? reference.Year : reference.Year - 1;
        int forward = month >= reference.Month ? reference.Year : reference.Year + 1;
        int monthsBack = (reference.Month - month + 12) % 12;
        int monthsForward = (month - reference.Month + 12) % 12;
        return tense switch
        {
            > 0 => monthsForward <= reach ? forward : back,
            < 0 => monthsBack <= reach ? back : forward,
            _ => reference.Year,
        };
    }

    /// <summary>A bare weekday: the reference day itself, else the last such day (past), the next one (future), or the nearest.</summary>
    public static DateOnly WeekdayByTense(DateOnly reference, int isoWeekday, int tense) =>
        isoWeekday == IsoDayOfWeek(reference) ? reference
        : tense == 0 ? NearestWeekday(reference, isoWeekday)
        : AdjacentWeekday(reference, isoWeekday, tense);

    /// <summary>
    /// The year shift of "next/last summer": "الصيف المقبل" said in May is this year's summer, "last winter" said in
    /// March is the one that began in December.
    /// </summary>
    public static int SeasonYearShift(string season, DateOnly reference, int direction)
    {
        int index = SeasonIndex(season);
        int current = reference.Month switch
        {
            >= 3 and <= 5 => 1,
            >= 6 and <= 8 => 2,
            >= 9 and <= 11 => 3,
            _ => 4,
        };
        return direction switch
        {
            > 0 => index > current ? 0 : 1,
            < 0 => index < current ? 0 : -1,
            _ => 0,
        };
    }

    private static int SeasonIndex(string season) => season switch
    {
        "SP" => 1,
        "SU" => 2,
        "FA" => 3,
        _ => 4,
    };

    /// <summary>The quarter (1-4) a date falls in.</summary>
    public static int QuarterOf(DateOnly date) => ((date.Month - 1) / 3) + 1;

    public static string FormatQuarter(int year, int quarter) => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-Q{quarter}");

    public static int IsoDayOfWeek(DateOnly date) => date.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)date.DayOfWeek;

    /// <summary>Two-digit years: 00-49 are this century, 50-99 the last one (newswire rarely looks further).</summary>
    public static int ExpandYear(int year) => year switch
    {
        < 50 => 2000 + year,
        < 100 => 1900 + year,
        _ => year,
    };

    public static bool IsValidDay(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && year is >= 1 and <= 9999 && day <= DateTime.DaysInMonth(year, month);

    /// <summary>A duration value: P3D, P1.5Y, PT2H, PXD when the amount is vague.</summary>
    public static string Duration(string amount, string unit) => unit switch
    {
        "DE" or "CE" when amount == "X" => "PX" + unit,
        "H" or "MI" or "S" => "PT" + amount + (unit == "MI" ? "M" : unit),
        "DE" => "P" + Scale(amount, 10) + "Y",
        "CE" => "P" + Scale(amount, 100) + "Y",
        _ => "P" + amount + unit,
    };

    public static string FormatNumber(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Scale(string amount, int factor) =>
        double.TryParse(amount, NumberStyles.Float, CultureInfo.InvariantCulture, out double n) ? FormatNumber(n * factor) : amount;
}
