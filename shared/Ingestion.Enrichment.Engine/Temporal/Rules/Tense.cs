using System.Text.RegularExpressions;

namespace Ingestion.Enrichment.Engine.Temporal.Rules;

/// <summary>
/// Whether the sentence around an expression speaks of the future or the past. A weekday, a month or a day of a
/// month without a year is resolved forward when it speaks of the future, back to its latest occurrence when it
/// speaks of the past, and against the reference date's own year or week when it gives no cue.
/// </summary>
internal static class Tense
{
    // English modals and plans; Arabic future particles and the future prefix on the imperfect of a verb news often puts ahead
    // (سيعقد, ستبدا); the prefix alone would also catch nouns such as سيطره and سيول.
    private static readonly Regex s_future = new(
        "(?<![\\p{L}'])(?:will|won't|shall|'ll|would|going\\s+to|plans?\\s+to|scheduled|expected\\s+to|expects?\\s+to|next|upcoming|tomorrow)(?![\\p{L}])" +
        "|(?<![\\p{L}])(?:سوف|المقبل|المقبله|القادم|القادمه|غدا|يعتزم|تعتزم|المقرر|المنتظر|المرتقب|(?:[وف])?س[يت](?:تم|كون|عقد|شارك|قام|بدا|نطلق|ستمر|صل|قوم|عود|لتقي|زور|جري|طلق|شهد|حضر|نظم|ناقش|صدر|فتتح|علن|عمل|ستضيف|قام)[\\p{L}]*)(?![\\p{L}])",
        RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture);

    // Past forms: English -ed verbs and common irregular ones; Arabic reporting and event verbs in the perfect.
    private static readonly Regex s_past = new(
        "(?<![\\p{L}'])(?:was|were|had|did|said|says|told|came|went|took|made|fell|rose|began|saw|met|won|lost|left|got|gave|found|held|kept|became|brought|ran|sold|bought|paid|struck|hit|put|set|cut|[a-z]{2,}ed)(?![\\p{L}])" +
        "|(?<![\\p{L}])[وف]?(?:قال|قالت|اعلن|اعلنت|اكد|اكدت|اوضح|اوضحت|اضاف|اضافت|افاد|افادت|ذكر|ذكرت|كان|كانت|وقع|وقعت|شهد|شهدت|جري|جرت|تم|عقد|عقدت|اختتم|اختتمت|انطلق|انطلقت|بدا|بدات|افتتح|افتتحت|قتل|اصيب|توفي|صدر|صدرت|اقيم|اقيمت|استقبل|التقي|زار|شارك|شاركت)(?![\\p{L}])",
        RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture);

    private const int Window = 200;

    /// <summary>
    /// +1 when the sentence speaks of the future, -1 of the past, 0 when it gives no cue either way. When it has both
    /// ("said on Friday it will ..."), the cue nearer the expression wins: the verb an expression modifies is usually
    /// its neighbour, and a reported future often follows a past reporting verb.
    /// </summary>
    public static int Of(string text, int start, int end)
    {
        (int from, int to) = Sentence(text, start, end);
        int future = Distance(s_future, text, from, start, end, to);
        int past = Distance(s_past, text, from, start, end, to);
        return future == int.MaxValue && past == int.MaxValue ? 0 : future <= past ? 1 : -1;
    }

    // Characters between the expression and the nearest match of the cue in its sentence, int.MaxValue when none.
    private static int Distance(Regex cue, string text, int from, int start, int end, int to)
    {
        int best = int.MaxValue;
        foreach (ValueMatch m in cue.EnumerateMatches(text.AsSpan(from, start - from)))
        {
            best = Math.Min(best, start - (from + m.Index + m.Length));
        }

        if (cue.EnumerateMatches(text.AsSpan(end, to - end)) is var after && after.MoveNext())
        {
            best = Math.Min(best, after.Current.Index);
        }

        return best;
    }

    /// <summary>True when the sentence holding <paramref name="start"/>..<paramref name="end"/> has a future cue outside the expression.</summary>
    public static bool IsFuture(string text, int start, int end)
    {
        (int from, int to) = Sentence(text, start, end);
        return s_future.IsMatch(text.AsSpan(from, start - from)) || s_future.IsMatch(text.AsSpan(end, to - end));
    }

    private static (int From, int To) Sentence(string text, int start, int end)
    {
        int from = Math.Max(0, start - Window);
        for (int i = start - 1; i >= from; i--)
        {
            if (IsSentenceEnd(text, i))
            {
                from = i + 1;
                break;
            }
        }

        int to = Math.Min(text.Length, end + Window);
        for (int i = end; i < to; i++)
        {
            if (IsSentenceEnd(text, i))
            {
                to = i;
                break;
            }
        }

        return (from, to);
    }

    /// <summary>! ? ؟ a line break, or a full stop before a space and a capital (so "Oct. 23" and "3.5" go on).</summary>
    public static bool IsSentenceEnd(string text, int i) => text[i] switch
    {
        '!' or '?' or '؟' or '\n' => true,
        '.' => i + 1 == text.Length || (char.IsWhiteSpace(text[i + 1]) && (i + 2 >= text.Length || !char.IsLower(text[i + 2]) && !char.IsDigit(text[i + 2]))),
        _ => false,
    };
}
