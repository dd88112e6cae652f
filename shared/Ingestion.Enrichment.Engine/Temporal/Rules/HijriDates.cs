using System.Globalization;

namespace Ingestion.Enrichment.Engine.Temporal.Rules;

/// <summary>
/// Hijri to Gregorian with the Umm al-Qura calendar, the one Saudi and most Gulf media print. TIMEX3 has no Hijri
/// values, so a Hijri month or year becomes the Gregorian month or year holding its middle: an approximation
/// by at most half a month, stated here so nobody mistakes it for exact.
/// </summary>
internal static class HijriDates
{
    private static readonly UmAlQuraCalendar s_calendar = new();

    public static bool InRange(int hijriYear) => hijriYear >= 1318 && hijriYear <= 1500;

    public static int YearOf(DateOnly date) => s_calendar.GetYear(date.ToDateTime(TimeOnly.MinValue));

    /// <summary>
    /// The Hijri year of a month (and day) named without one: the reference's, or the next (previous) one when
    /// "المقبل" ("الماضي") points past where the reference is ("محرم المقبل" said in Dhu al-Hijjah; "التاسع من شوال
    /// القادم" said on 6 Shawwal stays in the same year).
    /// </summary>
    public static int YearOfMonth(DateOnly reference, int month, int direction, int? day = null)
    {
        DateTime today = reference.ToDateTime(TimeOnly.MinValue);
        int year = s_calendar.GetYear(today);
        int current = s_calendar.GetMonth(today);
        int position = day is { } d ? (month * 100) + d : month * 100;
        int now = day is null ? current * 100 : (current * 100) + s_calendar.GetDayOfMonth(today);
        return direction > 0 && position < now ? year + 1 : direction < 0 && position > now ? year - 1 : year;
    }

    public static DateOnly? ToGregorian(int year, int month, int day)
    {
        if (!InRange(year) || month is < 1 or > 12 || day < 1 || day > s_calendar.GetDaysInMonth(year, month))
        {
            return null;
        }

        return DateOnly.FromDateTime(s_calendar.ToDateTime(year, month, day, 0, 0, 0, 0));
    }

    public static DateOnly? MonthMiddle(int year, int month) => ToGregorian(year, month, 15);

    public static int? GregorianYearOf(int hijriYear) => ToGregorian(hijriYear, 7, 1)?.Year;
}
