namespace Ingestion.Enrichment.Engine.Temporal.Rules;

/// <summary>Regex fragments shared by the Arabic rule families (normalized spelling, so no hamza or teh marbuta).</summary>
internal static class ArabicPatterns
{
    public const string Era = "(?:\\s*(?<era>هجريه|هجري|للهجره|ه|ميلاديه|ميلادي|للميلاد|م)(?![\\p{L}]))?";

    public const string Rel = "(?:" + ArabicVocabulary.Relative + ")";

    /// <summary>"هذا العام", "العام الجاري", "السنه المقبله", "للعام الماضي".</summary>
    public const string RelativeYear = "(?:هذا\\s+العام|هذه\\s+السنه|(?:ال|لل)(?:عام|سنه)\\s+(?:(?:بعد|قبل)\\s+)?" + Rel + ")";

    /// <summary>A spelled-out year: "الفين وعشرين", "الف وتسعمائه وثمانيه وسبعون".</summary>
    public static readonly string YearWords = "(?:الف|الفان|الفين|الفي)(?:(?:\\s+و\\s*|\\s*و)(?:" + ArabicNumbers.CardinalWord + ")|\\s+عشر(?:ه)?)*";

    /// <summary>One month name, or two of different traditions side by side: "يناير/كانون الثاني", "يناير (كانون الثاني)".</summary>
    public static readonly string Month = "(?<m>" + ArabicVocabulary.Month + ")(?:\\s*[/(]\\s*(?:" + ArabicVocabulary.Month + ")\\s*\\)?)?";

    public static readonly string Weekday = "(?<wd>" + ArabicVocabulary.Weekday + ")";

    public static readonly string DayNumber = "(?:(?<d>\\d{1,2})(?![\\d:])|(?<do>" + ArabicNumbers.Ordinal + "))";

    /// <summary>An optional year after a month: ", 2016", " من عام 2016", " 1442 ه", " الفين وعشرين".</summary>
    public static readonly string YearTail =
        "(?:\\s*[،,]?\\s*(?:من\\s+)?(?:(?:عام|العام|سنه|لعام)\\s+)?(?:(?<y>\\d{4})(?![\\d])|(?<yw>" + YearWords + "))" + Era + ")";

    /// <summary>A number of units: digits (3, 3.5, 123.45) or words (ثلاثه, اربع وعشرين).</summary>
    public static readonly string Count = "(?:(?<n>\\d+(?:[.,]\\d+)?)\\s*(?:ال)?|(?<n>" + ArabicNumbers.Cardinal + ")\\s+)";

    /// <summary>One duration component: "3 ايام", "ثلاثه ايام", "يومين", "بضعه ايام", "نصف ساعه", "ساعه ونصف".</summary>
    public static readonly string DurationAtom =
        "(?:" + Count + "(?<u>" + ArabicVocabulary.Unit + ")" +
        "|(?<u>" + ArabicVocabulary.DualUnit + ")" +
        "|(?<v>بضع|بضعه|عده)\\s+(?<u>" + ArabicVocabulary.Unit + ")" +
        "|(?<half>نصف)\\s+(?:ال)?(?<u>" + ArabicVocabulary.SingularUnit + ")" +
        "|(?<u>" + ArabicVocabulary.SingularUnit + ")(?=\\s*و\\s*نصف|\\s+(?:واحد|واحده)(?![\\p{L}]))" +
        // "اسبوعا", "شهرا" alone: one unit, in the accusative of a stated length ("مده التاشيره اسبوعا"); not "عاما",
        // which is also "general" ("مديرا عاما")
        "|(?<u>اسبوعا|شهرا)(?!\\s+(?:بعد|تلو)(?![\\p{L}])))" +
        "(?:\\s+(?:واحد|واحده)(?![\\p{L}]))?(?<plus>\\s*و\\s*نصف(?:\\s+(?:ال)?(?:سنه|عام|ساعه|يوم|شهر)(?![\\p{L}]))?)?";

    /// <summary>Components joined by "و": "عام واحد و شهر و 21 يوما".</summary>
    /// <remarks>
    /// The atom is written twice, not three times: each copy adds to the compiled matcher, and past the JIT's size
    /// limits it runs unoptimized, which cost microseconds per attempt. The separators ("و" or a space before a
    /// digit) exclude each other, so trying the atom after either before the lone unit keeps the same matches.
    /// </remarks>
    public static readonly string Duration =
        DurationAtom + "(?:(?:\\s*و\\s*|\\s+(?=\\d))" + DurationAtom + "|\\s*و\\s*(?<u>" + ArabicVocabulary.SingularUnit + "))*";
}
