using System.Globalization;

namespace Ingestion.Enrichment.Engine.Temporal.Rules;

/// <summary>
/// Arabic number words, cardinal and ordinal, in normalized spelling (ة->ه, ى->ي, bare alef). Enough for
/// durations, days of the month, clock hours and spelled-out years; not a general numeral parser.
/// </summary>
internal static class ArabicNumbers
{
    private static readonly Dictionary<string, int> s_cardinals = new(StringComparer.Ordinal)
    {
        ["واحد"] = 1, ["واحده"] = 1, ["احد"] = 1, ["احدي"] = 1,
        ["اثنان"] = 2, ["اثنين"] = 2, ["اثنتان"] = 2, ["اثنتين"] = 2, ["اثنا"] = 2, ["اثني"] = 2, ["اثنتا"] = 2, ["اثنتي"] = 2,
        ["ثلاث"] = 3, ["ثلاثه"] = 3, ["اربع"] = 4, ["اربعه"] = 4, ["خمس"] = 5, ["خمسه"] = 5,
        ["ست"] = 6, ["سته"] = 6, ["سبع"] = 7, ["سبعه"] = 7, ["ثمان"] = 8, ["ثماني"] = 8, ["ثمانيه"] = 8,
        ["تسع"] = 9, ["تسعه"] = 9, ["عشر"] = 10, ["عشره"] = 10,
        ["عشرون"] = 20, ["عشرين"] = 20, ["ثلاثون"] = 30, ["ثلاثين"] = 30, ["اربعون"] = 40, ["اربعين"] = 40,
        ["خمسون"] = 50, ["خمسين"] = 50, ["ستون"] = 60, ["ستين"] = 60, ["سبعون"] = 70, ["سبعين"] = 70,
        ["ثمانون"] = 80, ["ثمانين"] = 80, ["تسعون"] = 90, ["تسعين"] = 90,
        ["مئه"] = 100, ["مائه"] = 100, ["مئتان"] = 200, ["مئتين"] = 200, ["مائتان"] = 200, ["مائتين"] = 200,
        ["ثلاثمئه"] = 300, ["ثلاثمائه"] = 300, ["اربعمئه"] = 400, ["اربعمائه"] = 400, ["خمسمئه"] = 500, ["خمسمائه"] = 500,
        ["ستمئه"] = 600, ["ستمائه"] = 600, ["سبعمئه"] = 700, ["سبعمائه"] = 700, ["ثمانمئه"] = 800, ["ثمانمائه"] = 800,
        ["تسعمئه"] = 900, ["تسعمائه"] = 900,
        ["الف"] = 1000, ["الفا"] = 1000, ["الفان"] = 2000, ["الفين"] = 2000, ["الاف"] = 1000, ["الفي"] = 2000,
    };

    private static readonly Dictionary<string, int> s_ordinals = new(StringComparer.Ordinal)
    {
        ["اول"] = 1, ["الاول"] = 1, ["الاولي"] = 1, ["الحادي"] = 1, ["الحاديه"] = 1, ["الواحده"] = 1,
        ["الثاني"] = 2, ["الثانيه"] = 2, ["الثالث"] = 3, ["الثالثه"] = 3, ["الرابع"] = 4, ["الرابعه"] = 4,
        ["الخامس"] = 5, ["الخامسه"] = 5, ["السادس"] = 6, ["السادسه"] = 6, ["السابع"] = 7, ["السابعه"] = 7,
        ["الثامن"] = 8, ["الثامنه"] = 8, ["التاسع"] = 9, ["التاسعه"] = 9, ["العاشر"] = 10, ["العاشره"] = 10,
        ["العشرين"] = 20, ["الثلاثين"] = 30,
        // "غره شهر شوال": the first day of a month, as Hijri dates are announced.
        ["غره"] = 1,
    };

    public static IEnumerable<string> CardinalWords => s_cardinals.Keys;

    public static IEnumerable<string> OrdinalWords => s_ordinals.Keys;

    /// <summary>Cardinal words, longest first so that the alternation never stops inside a word.</summary>
    public static readonly string CardinalWord = Alternation(s_cardinals.Keys);

    /// <summary>A spelled-out number: "ثلاثه", "اربع وعشرين", "الف وتسعمائه وثمانيه وسبعون".</summary>
    public static readonly string Cardinal = "(?:" + CardinalWord + ")(?:(?:\\s+و\\s*|\\s*و|\\s+)(?:" + CardinalWord + "))*";

    /// <summary>An ordinal 1-31 as used for days and clock hours: "الثاني والعشرين", "الحاديه عشره".</summary>
    public static readonly string Ordinal =
        "(?:العشرين|الثلاثين|(?:" + Alternation(s_ordinals.Keys.Where(k => k is not "العشرين" and not "الثلاثين")) + ")" +
        "(?:\\s+عشر(?:ه)?|\\s*و\\s*العشرين|\\s*و\\s*الثلاثين)?)";

    /// <summary>Parses digits or words; null when it is not a number.</summary>
    public static double? ParseNumber(string text)
    {
        if (double.TryParse(text.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out double d))
        {
            return d;
        }

        return ParseCardinal(text);
    }

    public static int? ParseCardinal(string text)
    {
        int total = 0;
        int current = 0;
        bool any = false;
        foreach (string raw in text.Split([' ', '\t', '\n', '\u00A0'], StringSplitOptions.RemoveEmptyEntries))
        {
            string word = raw.StartsWith('و') && !s_cardinals.ContainsKey(raw) ? raw[1..] : raw;
            if (word.Length == 0)
            {
                continue;
            }

            if (!s_cardinals.TryGetValue(word, out int value))
            {
                return null;
            }

            any = true;
            if (word is "الف" or "الفا" or "الاف")
            {
                total += (current == 0 ? 1 : current) * 1000;
                current = 0;
            }
            else if (word is "عشر" or "عشره" && current is > 0 and < 10)
            {
                current += 10;
            }
            else if (value >= 1000)
            {
                total += value;
            }
            else
            {
                current += value;
            }
        }

        return any ? total + current : null;
    }

    public static int? ParseOrdinal(string text)
    {
        string[] words = text.Split([' ', '\t', '\n', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || !s_ordinals.TryGetValue(words[0], out int value))
        {
            return null;
        }

        for (int i = 1; i < words.Length; i++)
        {
            string w = words[i].StartsWith('و') ? words[i][1..] : words[i];
            value += w switch
            {
                "عشر" or "عشره" => 10,
                "العشرين" => 20,
                "الثلاثين" => 30,
                _ => 0,
            };
        }

        return value;
    }

    /// <summary>Digits, an ordinal, or a cardinal: the day of a month or an hour.</summary>
    public static int? ParseSmall(string text)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int n))
        {
            return n;
        }

        return ParseOrdinal(text) ?? ParseCardinal(text);
    }

    public static string Alternation(IEnumerable<string> words) => WordAlternation.Build(words);
}
