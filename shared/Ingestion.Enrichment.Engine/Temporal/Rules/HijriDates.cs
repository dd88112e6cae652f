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
