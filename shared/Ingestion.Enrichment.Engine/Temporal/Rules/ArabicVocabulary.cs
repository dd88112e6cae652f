using System.Reflection;
using Ingestion.Enrichment.Engine.Text;

namespace Ingestion.Enrichment.Engine.Temporal.Rules;

/// <summary>
/// The Arabic temporal words in normalized spelling. Month names come from the shipped lexicon
/// (<c>starter/months.tsv</c>: Egyptian/Gulf, Levantine/Iraqi, Maghreb and Hijri names) so that a new dialect
/// form is a data change; the closed classes (weekdays, units, relative words) are small enough to live here.
/// </summary>
internal static class ArabicVocabulary
{
    private const string MonthsResource = "Ingestion.Enrichment.Engine.Resources.Lexicons/starter/months.tsv";

    private static readonly Dictionary<string, (int Month, bool Hijri)> s_months = LoadMonths();

    // Month names that are also ordinary words or person names: accepted alone only after a temporal cue.
    private static readonly HashSet<string> s_riskyMonths = new(StringComparer.Ordinal)
    {
        "اب", "ماي", "مارس", "صفر", "رجب", "شعبان", "رمضان", "شوال", "محرم", "المحرم",
        // "يوليه" (Egyptian July) is also the verb "he gives it" ("ما يوليه الملك من اهتمام").
        "يوليه",
    };

    private static readonly Dictionary<string, int> s_weekdays = new(StringComparer.Ordinal)
    {
        ["الاثنين"] = 1, ["الاتنين"] = 1, ["الثلاثاء"] = 2, ["الاربعاء"] = 3, ["الخميس"] = 4,
        ["الجمعه"] = 5, ["السبت"] = 6, ["الاحد"] = 7,
        ["اثنين"] = 1, ["ثلاثاء"] = 2, ["اربعاء"] = 3, ["خميس"] = 4, ["جمعه"] = 5, ["سبت"] = 6, ["احد"] = 7,
    };

    private static readonly Dictionary<string, string> s_units = new(StringComparer.Ordinal)
    {
        ["ثانيه"] = "S", ["ثواني"] = "S", ["ثوان"] = "S", ["ثانيتين"] = "S", ["ثانيتان"] = "S",
        ["دقيقه"] = "MI", ["دقائق"] = "MI", ["دقيقتين"] = "MI", ["دقيقتان"] = "MI",
        ["ساعه"] = "H", ["ساعات"] = "H", ["ساعتين"] = "H", ["ساعتان"] = "H",
        ["يوم"] = "D", ["ايام"] = "D", ["يوما"] = "D", ["يومين"] = "D", ["يومان"] = "D",
        ["اسبوع"] = "W", ["اسابيع"] = "W", ["اسبوعا"] = "W", ["اسبوعين"] = "W", ["اسبوعان"] = "W",
        ["شهر"] = "M", ["اشهر"] = "M", ["شهور"] = "M", ["شهرا"] = "M", ["شهرين"] = "M", ["شهران"] = "M",
        ["سنه"] = "Y", ["سنوات"] = "Y", ["سنين"] = "Y", ["سنتين"] = "Y", ["سنتان"] = "Y",
        ["عام"] = "Y", ["اعوام"] = "Y", ["عاما"] = "Y", ["عامين"] = "Y", ["عامان"] = "Y",
        ["عقد"] = "DE", ["عقود"] = "DE", ["عقدين"] = "DE", ["عقدان"] = "DE",
        ["قرن"] = "CE", ["قرون"] = "CE", ["قرنين"] = "CE", ["قرنان"] = "CE",
    };

    private static readonly HashSet<string> s_duals = new(StringComparer.Ordinal)
    {
        "ثانيتين", "ثانيتان", "دقيقتين", "دقيقتان", "ساعتين", "ساعتان", "يومين", "يومان", "اسبوعين", "اسبوعان",
        "شهرين", "شهران", "سنتين", "سنتان", "عامين", "عامان", "عقدين", "عقدان", "قرنين", "قرنان",
    };

    public static readonly string Month = ArabicNumbers.Alternation(s_months.Keys);

    public static readonly string Weekday = ArabicNumbers.Alternation(s_weekdays.Keys.Where(k => k.StartsWith("ال", StringComparison.Ordinal)));

    public static readonly string BareWeekday = ArabicNumbers.Alternation(s_weekdays.Keys.Where(k => !k.StartsWith("ال", StringComparison.Ordinal)));

    /// <summary>Any unit form, counted (ثلاثه ايام) or dual (يومين).</summary>
    public static readonly string Unit = ArabicNumbers.Alternation(s_units.Keys);

    public static readonly string DualUnit = ArabicNumbers.Alternation(s_units.Keys.Where(IsDual));

    public static readonly string SingularUnit = "ثانيه|دقيقه|ساعه|يوم|اسبوع|شهر|سنه|عام|عقد|قرن";

    /// <summary>Past / present / future qualifiers of a period, masculine and feminine.</summary>
    public const string Past = "الماضي|الماضيه|المنصرم|المنصرمه|الفائت|الفائته|السابق|السابقه|المنقضي|المنقضيه";

    public const string Present = "الجاري|الجاريه|الحالي|الحاليه";

    public const string Future = "المقبل|المقبله|القادم|القادمه|الاتي|الاتيه";

    public const string Relative = Past + "|" + Present + "|" + Future;

    public const string StartWords = "مطلع|بدايه|بدايات|اوائل|مستهل|اول";

    public const string MidWords = "منتصف|اواسط|وسط";

    public const string EndWords = "نهايه|نهايات|اواخر|اخر|ختام";

    public static IEnumerable<string> MonthTriggers => s_months.Keys.Select(k => k.Split(' ')[0]);

    public static IEnumerable<string> WeekdayTriggers => s_weekdays.Keys;

    public static IEnumerable<string> UnitTriggers => s_units.Keys;

    public static readonly string[] PeriodTriggers = ["الاسبوع", "الشهر", "العام", "السنه", "اسبوع", "شهر", "عام", "سنه"];

    public static readonly string[] RelativeDayTriggers = ["اليوم", "امس", "الامس", "البارحه", "غدا", "الغد", "غد", "يومنا", "الليله"];

    public static IEnumerable<string> ModifierTriggers => (StartWords + "|" + MidWords + "|" + EndWords).Split('|');

    public static (int Month, bool Hijri) MonthOf(string normalized) => s_months[Collapse(normalized)];

    public static bool IsRiskyMonth(string normalized) => s_riskyMonths.Contains(Collapse(normalized));

    public static int WeekdayOf(string normalized) => s_weekdays[normalized];

    public static string UnitOf(string normalized) => s_units[normalized.StartsWith("ال", StringComparison.Ordinal) && !s_units.ContainsKey(normalized) ? normalized[2..] : normalized];

    public static bool IsDual(string unit) => s_duals.Contains(unit.StartsWith("ال", StringComparison.Ordinal) ? unit[2..] : unit);

    /// <summary>-1, 0 or +1 for a past, present or future qualifier.</summary>
    public static int Direction(string qualifier) =>
        Past.Split('|').Contains(qualifier) ? -1 : Future.Split('|').Contains(qualifier) ? 1 : 0;

    public static string Collapse(string text) => string.Join(' ', text.Split([' ', '\t', '\n', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));

    private static Dictionary<string, (int, bool)> LoadMonths()
    {
        var months = new Dictionary<string, (int, bool)>(StringComparer.Ordinal);
        using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(MonthsResource)
            ?? throw new InvalidOperationException($"Missing embedded resource {MonthsResource}.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            string[] fields = line.Split('\t');
            if (line.StartsWith('#') || fields.Length < 4 || !int.TryParse(fields[0], out int month))
            {
                continue;
            }

            foreach (string form in fields[3].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                months[ArabicNormalizer.Normalize(form)] = (month, fields[1] == "hijri");
            }
        }

        return months;
    }
}
