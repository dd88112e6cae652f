using System.Globalization;
using System.Text.RegularExpressions;
using Ingestion.Contracts;

namespace Ingestion.Enrichment.Engine.Temporal.Rules;

/// <summary>Clock times: "الساعه العاشره صباحا" = T10:00, "الساعه 10:30 مساء" = T22:30, "الثامنه الا ربع".</summary>
internal static class ArabicClockRules
{
    private const string HourWord =
        "الحاديه\\s+عشر(?:ه)?|الثانيه\\s+عشر(?:ه)?|الواحده|الثانيه|الثالثه|الرابعه|الخامسه|السادسه|السابعه|الثامنه|التاسعه|العاشره";

    private const string DayPart =
        "صباحا|صباح|مساءا|مساء|ظهرا|عصرا|ليلا|فجرا|بعد\\s+الظهر|بعد\\s+الظهيره|في\\s+الصباح|في\\s+المساء|في\\s+الليل|الصباح|المساء|الظهر";

    private static readonly TemporalRule[] s_rules =
    [
        new("(?:(?<pre>بعد\\s+الظهر|في\\s+الليل|مساء|صباح)\\s+)?(?<clock>(?:وقت\\s+الغداء\\s+)?الساعه\\s+)?" +
            "(?:(?<h>\\d{1,2})(?::(?<mi>\\d{2})(?::(?<s>\\d{2}))?)?|(?<hw>" + HourWord + ")|(?<hm>\\d{3,4})(?=\\s+(?:" + DayPart + ")))" +
            "(?:\\s*و\\s*(?:ال)?(?<frac>نصف|ربع|ثلث)|\\s+(?<less>الا)\\s+(?:ال)?(?<frac>ربع|ثلث)|\\s*و\\s*(?<mw>\\d{1,2}|" + ArabicNumbers.Cardinal + ")(?:\\s+(?:دقيقه|دقائق))?)?" +
            "(?:\\s+(?<dp>" + DayPart + "))?" +
            // "الساعه 16:18 من عصر الاثنين", "الساعه السابعه من مساء اليوم": the part of the day and the day it belongs to
            "(?:\\s+من\\s+(?<tod>صباح|مساء|ظهر|عصر|فجر|ليل|ليله)\\s+(?:يوم\\s+)?(?:(?<k>اليوم|امس|الامس|البارحه|غد|الغد)(?:\\s*[،,]?\\s*(?<wd>" + ArabicVocabulary.Weekday + "))?" +
            "|(?<wd>" + ArabicVocabulary.Weekday + ")))?",
            RegexOptions.None, Resolve, ClockTriggers(), DigitTriggers.Colon,
            start: new StartGuard(["بعد", "في", "مساء", "صباح", "وقت", "الساعه", .. HourWord.Split('|')], digits: true)),

        new("(?<k>منتصف(?:\\s+|-)(?:الليل|النهار|الظهر|الصباح)|(?:وقت\\s+)?الظهيره|بعد\\s+الظهر|الظهر)", RegexOptions.None,
            (m, c) => new TemporalValue(TemporalTypes.Time, m.Groups["k"].Value switch
            {
                string k when k.EndsWith("الليل", StringComparison.Ordinal) => "T00:00",
                string k when k.EndsWith("الصباح", StringComparison.Ordinal) => "TMO",
                string k when k.StartsWith("بعد", StringComparison.Ordinal) => "TAF",
                _ => "T12:00",
            }), ["منتصف", "الظهيره", "الظهر"]),
    ];

    public static IReadOnlyList<TemporalRule> Rules => s_rules;

    private static IEnumerable<string> ClockTriggers() =>
        ["الساعه", "صباحا", "صباح", "مساءا", "مساء", "ظهرا", "عصرا", "ليلا", "فجرا", "الظهر", "الظهيره", "الصباح", "المساء", "الليل",
            "الواحده", "الثانيه", "الثالثه", "الرابعه", "الخامسه", "السادسه", "السابعه", "الثامنه", "التاسعه", "العاشره", "الحاديه"];

    private static TemporalValue? Resolve(Match m, RuleContext context)
    {
        bool cued = m.Groups["clock"].Success || m.Groups["mi"].Success || m.Groups["dp"].Success || m.Groups["pre"].Success || m.Groups["tod"].Success
            || m.Groups["frac"].Success || (m.Groups["mw"].Success && m.Groups["hw"].Success);
        if (!cued)
        {
            return null;
        }

        int hour;
        int minute = 0;
        if (m.Groups["hm"].Success)
        {
            int hm = int.Parse(m.Groups["hm"].Value, CultureInfo.InvariantCulture);
            (hour, minute) = (hm / 100, hm % 100);
        }
        else if (m.Groups["h"].Success)
        {
            hour = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
            minute = m.Groups["mi"].Success ? int.Parse(m.Groups["mi"].Value, CultureInfo.InvariantCulture) : 0;
        }
        else
        {
            hour = ArabicNumbers.ParseOrdinal(m.Groups["hw"].Value) ?? -1;
        }

        if (m.Groups["frac"].Success)
        {
            minute = m.Groups["frac"].Value switch
            {
                "نصف" => 30,
                "ربع" => 15,
                _ => 20,
            };
            if (m.Groups["less"].Success)
            {
                hour -= 1;
                minute = 60 - minute;
            }
        }
        else if (m.Groups["mw"].Success)
        {
            minute = (int)(ArabicNumbers.ParseNumber(m.Groups["mw"].Value) ?? -1);
        }

        hour = AdjustForDayPart(hour, m.Groups["dp"].Success ? m.Groups["dp"].Value : m.Groups["tod"].Success ? PartOf(m.Groups["tod"].Value) : m.Groups["pre"].Value);
        if (hour is < 0 or > 24 || minute is < 0 or > 59)
        {
            return null;
        }

        string value = string.Create(CultureInfo.InvariantCulture, $"T{hour:D2}:{minute:D2}");
        if (m.Groups["s"].Success)
        {
            value += ":" + m.Groups["s"].Value;
        }

        if (m.Groups["tod"].Success)
        {
            DateOnly day = m.Groups["k"].Success
                ? ArabicRelativeRules.Named(context.Reference.AddDays(ArabicRelativeRules.DayShift(m.Groups["k"].Value)), m)
                : Timex.WeekdayByTense(context.Reference, ArabicVocabulary.WeekdayOf(m.Groups["wd"].Value), Tense.Of(context.Text, m.Index, m.Index + m.Length));
            value = Timex.FormatDay(day) + value;
        }

        return new TemporalValue(TemporalTypes.Time, value);
    }

    // "من عصر الاثنين": the part of the day as the adverb the hour would take ("عصرا").
    private static string PartOf(string partOfDay) => partOfDay switch
    {
        "صباح" => "صباحا",
        "مساء" => "مساء",
        "ظهر" => "ظهرا",
        "عصر" => "عصرا",
        "فجر" => "فجرا",
        _ => "ليلا",
    };

    private static int AdjustForDayPart(int hour, string dayPart)
    {
        string part = ArabicVocabulary.Collapse(dayPart);
        return part switch
        {
            "مساء" or "مساءا" or "عصرا" or "بعد الظهر" or "بعد الظهيره" or "في المساء" or "المساء" when hour < 12 => hour + 12,
            "ليلا" or "في الليل" when hour is >= 5 and < 12 => hour + 12,
            "ليلا" or "في الليل" or "صباحا" or "صباح" or "في الصباح" or "الصباح" or "فجرا" when hour == 12 => 0,
            "ظهرا" or "الظهر" when hour is >= 1 and <= 6 => hour + 12,
            _ => hour,
        };
    }
}
