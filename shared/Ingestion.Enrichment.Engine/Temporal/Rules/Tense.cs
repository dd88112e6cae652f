namespace Ingestion.Enrichment.Engine.Temporal.Rules;

/// <summary>
/// Whether the sentence around an expression speaks of the future or the past. A weekday, a month or a day of a
/// month without a year is resolved forward when it speaks of the future, back to its latest occurrence when it
/// speaks of the past, and against the reference date's own year or week when it gives no cue.
/// </summary>
internal static class Tense
{
    // The cues are whole words looked up in sets while the sentence is walked once: the regular expressions this
    // replaces cost about 200 µs per English month or weekday (a backtracking "-ed" alternative at every word).

    // English modals and plans.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_englishFuture = Words(
        StringComparer.OrdinalIgnoreCase, "will", "won't", "shall", "would", "scheduled", "next", "upcoming", "tomorrow", "soon", "slated",
        "planned", "planning");

    // "going to", "plans to", "expected to", "set to resume": future only when "to" follows.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_englishFutureBeforeTo = Words(
        StringComparer.OrdinalIgnoreCase, "going", "plan", "plans", "expected", "expect", "expects", "set", "due", "poised", "intends", "intend");

    // Before a plan word, these make it a plan the story reports as past.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_pastPlan = Words(
        StringComparer.OrdinalIgnoreCase, "had", "been", "previously", "originally");

    // Words ending in "-ed" that are not past forms.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_notPast = Words(
        StringComparer.OrdinalIgnoreCase, "need", "indeed", "proceed", "exceed", "succeed", "speed", "feed", "seed", "breed", "greed", "bleed",
        "deed", "hundred", "kindred", "sacred", "naked", "wicked", "rugged", "ragged");

    // Past forms: common irregular verbs (besides any "-ed" word).
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_englishPast = Words(
        StringComparer.OrdinalIgnoreCase, "was", "were", "had", "did", "said", "says", "told", "came", "went", "took", "made", "fell", "rose",
        "began", "saw", "met", "won", "lost", "left", "got", "gave", "found", "held", "kept", "became", "brought", "ran", "sold", "bought",
        "paid", "struck", "hit", "put", "set", "cut", "since", "ago",
        // irregular pasts of the events news reports (a ship "sank", a team "flew home"); forms that are also the
        // present or a noun ("read", "quit", "beat", "bit", "Fed") stay out. After "be" any of these is a participle
        // of what is still to come ("will be heard", "to be held"), as the "-ed" forms are.
        "sank", "flew", "fled", "fought", "shot", "spoke", "wrote", "drove", "threw", "led", "broke", "chose", "drew", "grew", "knew",
        "rode", "sought", "sent", "shook", "spent", "stole", "swore", "swept", "taught", "tore", "thought", "woke", "wore", "withdrew",
        "upheld", "heard", "felt", "built", "blew", "caught", "dug", "forgave", "froze", "hid", "overcame", "oversaw",
        "rebuilt", "rang", "stood", "stuck", "sprang", "swam", "swung", "understood", "undertook", "overtook", "underwent",
        "dealt", "forbade", "forgot", "hung", "lent", "meant", "slid", "spun", "wept", "arose", "awoke");

    // Arabic future particles and words; the future prefix on the imperfect of a verb news often puts ahead
    // (سيعقد, ستبدا) is checked against these stems, since the prefix alone would also catch nouns such as سيطره and سيول.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_arabicFuture = Words(
        StringComparer.Ordinal, "سوف", "المقبل", "المقبله", "القادم", "القادمه", "غدا", "يعتزم", "تعتزم", "المقرر", "المنتظر", "المرتقب");

    private static readonly string[] s_arabicFutureStems =
    [
        "تم", "كون", "عقد", "شارك", "قام", "بدا", "نطلق", "ستمر", "صل", "قوم", "عود", "لتقي", "زور", "جري", "طلق", "شهد", "حضر", "نظم",
        "ناقش", "صدر", "فتتح", "علن", "عمل", "ستضيف",
    ];

    // Arabic reporting and event verbs in the perfect, with or without a leading و or ف.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_arabicPast = Words(
        StringComparer.Ordinal, "قال", "قالت", "اعلن", "اعلنت", "اكد", "اكدت", "اوضح", "اوضحت", "اضاف", "اضافت", "افاد", "افادت", "ذكر", "ذكرت",
        "كان", "كانت", "وقع", "وقعت", "شهد", "شهدت", "جري", "جرت", "تم", "عقد", "عقدت", "اختتم", "اختتمت", "انطلق", "انطلقت", "بدا", "بدات",
        "افتتح", "افتتحت", "قتل", "اصيب", "توفي", "صدر", "صدرت", "اقيم", "اقيمت", "استقبل", "التقي", "زار", "شارك", "شاركت",
        // movements and results news reports in the perfect ("غادر الوفد السبت")
        "غادر", "غادرت", "عاد", "عادت", "توجه", "توجهت", "اجتمع", "اجتمعت", "ناقش", "ناقشت", "اندلع", "اندلعت",
        "فاز", "فازت", "خسر", "خسرت", "اعرب", "اعربت", "دشن", "دشنت", "اطلق", "اطلقت", "نفذ", "نفذت", "ارتفع", "ارتفعت",
        "انخفض", "انخفضت", "تراجع", "تراجعت", "هبط", "هبطت", "اغلق", "اغلقت");

    private const int Window = 200;

    /// <summary>
    /// +1 when the sentence speaks of the future, -1 of the past, 0 when it gives no cue either way. When it has both
    /// ("said on Friday it will ..."), the cue nearer the expression wins: the verb an expression modifies is usually
    /// its neighbour, and a reported future often follows a past reporting verb.
    /// </summary>
    public static int Of(string text, int start, int end)
    {
        (int from, int to) = Sentence(text, start, end);
        int future = int.MaxValue;
        int past = int.MaxValue;
        bool attribution = false;
        int i = from;
        while (i < to)
        {
            if (i >= start && i < end)
            {
                i = end;
                continue;
            }

            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            int wordStart = i;
            int limit = wordStart < start ? start : to;
            while (i < limit && IsWordChar(text[i]))
            {
                i++;
            }

            int distance = wordStart < start ? start - i : wordStart - end;
            switch (Cue(text, wordStart, i, to))
            {
                case > 0:
                    future = Math.Min(future, distance);
                    break;
                case < 0 when wordStart >= end && IsAttributionAfterClause(text, end, wordStart, i):
                    attribution = true;
                    break;
                case < 0:
                    past = Math.Min(past, distance);
                    break;
            }
        }

        // The attribution alone still dates the sentence: "on Friday, police said" is a Friday gone.
        return future == int.MaxValue && past == int.MaxValue ? (attribution ? -1 : 0) : future <= past ? 1 : -1;
    }

    // Reporting verbs that attribute a whole clause to its source.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_attribution = Words(
        StringComparer.OrdinalIgnoreCase, "said", "says", "told", "added");

    // "will leave at 4 a.m. Thursday," Castro said; "talks will resume on Monday, the ministry said": a reporting
    // verb after the expression, past a comma or a quote, dates the report, not the clause the expression is in.
    // It counts only when the clause itself has no cue.
    private static bool IsAttributionAfterClause(string text, int expressionEnd, int wordStart, int wordEnd) =>
        s_attribution.Contains(text.AsSpan(wordStart, wordEnd - wordStart))
        && text.AsSpan(expressionEnd, wordStart - expressionEnd).IndexOfAny(",\"'”’") >= 0;

    // +1 for a future cue, -1 for a past one, 0 for any other word text[start..end).
    private static int Cue(string text, int start, int end, int sentenceEnd)
    {
        ReadOnlySpan<char> word = text.AsSpan(start, end - start);
        if (s_englishFuture.Contains(word) || s_arabicFuture.Contains(word) || word.EndsWith("'ll", StringComparison.OrdinalIgnoreCase)
            || (s_englishFutureBeforeTo.Contains(word) && NextWordIsTo(text, end, sentenceEnd)) || IsArabicFutureVerb(word))
        {
            // "had planned", "as previously planned", "had been due to": a plan the story reports as past.
            return s_pastPlan.Contains(PreviousWord(text, start)) ? -1 : 1;
        }

        if ((s_englishPast.Contains(word) && !PreviousWordIs(text, start, "be")) || s_arabicPast.Contains(word) || IsRegularPast(text, start, word)
            || (word.Length > 3 && word[0] is 'و' or 'ف' && s_arabicPast.Contains(word[1..])) || IsArabicPerfectAfterParticle(text, start, word))
        {
            return -1;
        }

        return 0;
    }

    private static bool NextWordIsTo(string text, int index, int sentenceEnd)
    {
        int i = index;
        while (i < sentenceEnd && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i > index && i + 2 <= sentenceEnd && text.AsSpan(i, 2).Equals("to", StringComparison.OrdinalIgnoreCase)
            && (i + 2 == sentenceEnd || !IsWordChar(text[i + 2]));
    }

    // "-ed" words of Latin letters: "announced", "Delayed" at a sentence's start; not a name inside one ("United",
    // "Ahmed"), nor a participle after "be" ("will be named", "to be held"), which speaks of what is still to come.
    private static bool IsRegularPast(string text, int start, ReadOnlySpan<char> word) =>
        word.Length >= 4 && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && IsAsciiLetters(word) && !s_notPast.Contains(word)
        && (!char.IsUpper(word[0]) || StartsSentence(text, start)) && !PreviousWordIs(text, start, "be");

    private static bool StartsSentence(string text, int start)
    {
        int i = start - 1;
        while (i >= 0 && (char.IsWhiteSpace(text[i]) || text[i] is '"' or '`' or '\'' or '(' or '_'))
        {
            i--;
        }

        return i < 0 || IsSentenceEnd(text, i) || text[i] is '.' or ':' or ';';
    }

    private static bool PreviousWordIs(string text, int start, string expected) =>
        PreviousWord(text, start).Equals(expected, StringComparison.OrdinalIgnoreCase);

    private static ReadOnlySpan<char> PreviousWord(string text, int start)
    {
        int end = start;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        int from = end;
        while (from > 0 && char.IsLetter(text[from - 1]))
        {
            from--;
        }

        return text.AsSpan(from, end - from);
    }

    private static bool IsAsciiLetters(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    // A relative pronoun or "قد" is followed by a verb; when that verb does not begin with a prefix of the imperfect
    // (ي ت ن) or the future (س), it is a perfect: "الذي استمر", "التي شهدناها", "قد اعلن". Perfects of the forms
    // that begin with ت ("تقدم") are left out: they look like the imperfect.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_verbParticles = Words(
        StringComparer.Ordinal, "الذي", "التي", "الذين", "اللذين", "اللتين", "اللاتي", "قد", "لقد", "وقد", "فقد");

    private static bool IsArabicPerfectAfterParticle(string text, int start, ReadOnlySpan<char> word) =>
        word.Length >= 3 && word[0] is >= '\u0621' and <= '\u064A' && word[0] is not ('ي' or 'ت' or 'ن' or 'س')
        && word is not ("هو" or "هي" or "هم" or "هن" or "ما" or "لم" or "لن" or "لا" or "في" or "من" or "علي" or "الي" or "عن" or "كان")
        && PreviousWordEndsLikeAParticle(text, start) && s_verbParticles.Contains(PreviousWord(text, start));

    // Every particle above ends in ي, ن or د: a cheap test before the previous word is cut out for the lookup.
    private static bool PreviousWordEndsLikeAParticle(string text, int start)
    {
        int i = start - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i]))
        {
            i--;
        }

        return i >= 0 && text[i] is 'ي' or 'ن' or 'د';
    }

    // سيعقد, وستبدا: the future prefix on one of the stems above.
    private static bool IsArabicFutureVerb(ReadOnlySpan<char> word)
    {
        if (word.Length > 3 && word[0] is 'و' or 'ف')
        {
            word = word[1..];
        }

        if (word.Length < 4 || word[0] != 'س' || word[1] is not ('ي' or 'ت'))
        {
            return false;
        }

        ReadOnlySpan<char> rest = word[2..];
        foreach (string stem in s_arabicFutureStems)
        {
            if (rest.StartsWith(stem, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsWordChar(char c) => char.IsLetter(c) || c == '\'';

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Words(StringComparer comparer, params string[] words) =>
        new HashSet<string>(words, comparer).GetAlternateLookup<ReadOnlySpan<char>>();

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

    /// <summary>
    /// ! ? ؟ a line break, or a full stop before a space and a capital (so "Oct. 23" and "3.5" go on), unless it
    /// closes "a.m." or "p.m." before a time zone or a weekday ("4 a.m. EDT Thursday", "9 p.m. Friday").
    /// </summary>
    public static bool IsSentenceEnd(string text, int i) => text[i] switch
    {
        '!' or '?' or '؟' or '\n' => true,
        '.' => i + 1 == text.Length || (char.IsWhiteSpace(text[i + 1]) && (i + 2 >= text.Length || !char.IsLower(text[i + 2]) && !char.IsDigit(text[i + 2]))
            && !ClosesClockBeforeZoneOrDay(text, i)),
        _ => false,
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_afterClock = Words(
        StringComparer.Ordinal, "GMT", "UTC", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "ET", "BST", "CET",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");

    private static bool ClosesClockBeforeZoneOrDay(string text, int i)
    {
        if (i < 3 || text[i - 1] is not ('m' or 'M') || text[i - 2] != '.' || text[i - 3] is not ('a' or 'p' or 'A' or 'P'))
        {
            return false;
        }

        int from = i + 2;
        int to = from;
        while (to < text.Length && char.IsAsciiLetter(text[to]))
        {
            to++;
        }

        return s_afterClock.Contains(text.AsSpan(from, to - from));
    }
}
