using System.Text.RegularExpressions;

namespace Ingestion.Enrichment.Engine.Temporal.Rules;

/// <summary>
/// A language's rules with their pre-filter. One pass over the words finds the trigger words; each rule is then
/// tried, anchored, only at the word starts just before its own triggers. Scanning the whole text with every
/// pattern was about ten times slower.
/// </summary>
internal sealed class RuleSet
{
    // How far before its trigger word an expression may start ("الاربعاء ، الحادي والعشرين من" before a month),
    // and how far after the trigger's end it may run ("من الف وتسعمائه وثمانيه وسبعون").
    private const int LeftMargin = 40;
    private const int RightMargin = 100;

    private readonly TemporalRule[] _rules;
    private readonly Dictionary<string, ulong>.AlternateLookup<ReadOnlySpan<char>> _triggers;
    private readonly ulong _fourDigits;
    private readonly ulong _colon;
    private readonly ulong _dateSeparator;
    private readonly ulong _meridiem;
    private readonly bool _clitics;

    public RuleSet(IEnumerable<TemporalRule> rules, bool clitics)
    {
        _rules = [.. rules];
        if (_rules.Length > 64)
        {
            throw new ArgumentException("At most 64 rules per set.", nameof(rules));
        }

        _clitics = clitics;
        // Arabic has no case: the ordinal comparer gives the same answers there and hashes faster.
        var triggers = new Dictionary<string, ulong>(clitics ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < _rules.Length; i++)
        {
            ulong bit = 1UL << i;
            foreach (string word in _rules[i].Triggers)
            {
                triggers[word] = triggers.GetValueOrDefault(word) | bit;
                // "للعام" is ل + "العام" with the article's alef dropped.
                if (clitics && word.StartsWith("ال", StringComparison.Ordinal))
                {
                    string lam = "لل" + word[2..];
                    triggers[lam] = triggers.GetValueOrDefault(lam) | bit;
                }
            }

            _fourDigits |= _rules[i].Digits.HasFlag(DigitTriggers.FourDigits) ? bit : 0;
            _colon |= _rules[i].Digits.HasFlag(DigitTriggers.Colon) ? bit : 0;
            _dateSeparator |= _rules[i].Digits.HasFlag(DigitTriggers.DateSeparator) ? bit : 0;
            _meridiem |= _rules[i].Digits.HasFlag(DigitTriggers.Meridiem) ? bit : 0;
        }

        _triggers = triggers.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public void Run(RuleContext context, List<TemporalCandidate> candidates)
    {
        string text = context.Text;
        var triggers = new List<(int Start, int End)>?[_rules.Length];
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsAsciiDigit(c))
            {
                int start = i;
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    i++;
                }

                ulong mask = i - start == 4 ? _fourDigits : 0;
                if (i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
                {
                    mask |= text[i] == ':' ? _colon : text[i] is '/' or '-' or '.' ? _dateSeparator : 0;
                }
                else if (i + 3 < text.Length && text[i] == ' ' && text[i + 1] is '/' or '-' or '–' && (char.IsAsciiDigit(text[i + 2]) || (text[i + 2] == ' ' && char.IsAsciiDigit(text[i + 3]))))
                {
                    // "22 / 11 / 1436", "1 - 5 - 1433": a numeric date spaced around its slashes or hyphens.
                    mask |= _dateSeparator;
                }

                if (_meridiem != 0 && IsMeridiem(text, i))
                {
                    mask |= _meridiem;
                }

                Add(triggers, mask, start, i);
            }
            else if (char.IsLetter(c))
            {
                int start = i;
                while (i < text.Length && char.IsLetter(text[i]))
                {
                    i++;
                }

                Add(triggers, Lookup(text.AsSpan(start, i - start)), start, i);
            }
            else
            {
                i++;
            }
        }

        for (int r = 0; r < _rules.Length; r++)
        {
            if (triggers[r] is { } occurrences)
            {
                RunRule(_rules[r], context, occurrences, candidates);
            }
        }
    }

    private ulong Lookup(ReadOnlySpan<char> word)
    {
        ulong mask = _triggers.TryGetValue(word, out ulong m) ? m : 0;
        if (_clitics && word.Length > 3 && word.StartsWith("ال"))
        {
            // "الساعات", "اليوم": the article before a unit or period word.
            mask |= _triggers.TryGetValue(word[2..], out m) ? m : 0;
        }

        if (_clitics && word.Length > 2 && IsClitic(word[0]))
        {
            mask |= _triggers.TryGetValue(word[1..], out m) ? m : 0;
            if (word.Length > 3 && word[0] is 'و' or 'ف' && word[1] is 'ب' or 'ل' or 'ك')
            {
                mask |= _triggers.TryGetValue(word[2..], out m) ? m : 0;
            }
        }

        return mask;
    }

    // "10 a.m.", "10am", "7 PM": a digit run then, after at most one space, a or p and a full stop or m.
    private static bool IsMeridiem(string text, int i)
    {
        if (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        return i + 1 < text.Length && text[i] is 'a' or 'p' or 'A' or 'P' && text[i + 1] is '.' or 'm' or 'M';
    }

    private static bool IsClitic(char c) => c is 'و' or 'ف' or 'ب' or 'ل' or 'ك';

    private static void Add(List<(int Start, int End)>?[] triggers, ulong mask, int start, int end)
    {
        while (mask != 0)
        {
            int r = System.Numerics.BitOperations.TrailingZeroCount(mask);
            mask &= mask - 1;
            (triggers[r] ??= []).Add((start, end));
        }
    }

    // For each trigger, try the anchored pattern at the word starts (and post-clitic starts) shortly before it,
    // leftmost first, as a scanning regex would; the first one that resolves wins.
    private void RunRule(TemporalRule rule, RuleContext context, List<(int Start, int End)> occurrences, List<TemporalCandidate> candidates)
    {
        string text = context.Text;
        int next = 0;
        foreach ((int triggerStart, int triggerEnd) in occurrences)
        {
            int limit = Math.Min(text.Length, triggerEnd + RightMargin);
            int from = Math.Max(next, triggerStart - LeftMargin);
            // Up to two characters past the trigger's start: a match may begin after its proclitics ("بالامس").
            for (int p = from; p <= Math.Min(triggerStart + 2, text.Length - 1); p++)
            {
                if (!StartsWord(text, p) || (p < text.Length && !char.IsLetterOrDigit(text[p])))
                {
                    continue;
                }

                if (rule.Start is { } guard && !guard.Allows(text, p))
                {
                    // Counts as tried: a later trigger must not retry this position with a longer window either.
                    next = p + 1;
                    continue;
                }

                Match match = rule.Pattern.Match(text, p, limit - p);
                next = p + 1;
                if (!match.Success)
                {
                    continue;
                }

                Group extent = match.Groups["x"] is { Success: true } x ? x : match;
                if (extent.Length > 0 && rule.Resolve(match, context) is { } value)
                {
                    candidates.Add(new TemporalCandidate(extent.Index, extent.Index + extent.Length, value.Type, value.Value, value.Mod));
                    next = match.Index + match.Length;
                    break;
                }
            }
        }
    }

    // A match must begin a word, possibly after one or two proclitics: و ف ب ل ك (وفي، بالامس، لعام، وب، ول).
    private bool StartsWord(string text, int index)
    {
        if (index == 0 || !char.IsLetterOrDigit(text[index - 1]))
        {
            return true;
        }

        if (!_clitics || char.IsAsciiLetter(text[index]))
        {
            return false;
        }

        int start = index;
        while (start > 0 && char.IsLetterOrDigit(text[start - 1]) && index - start < 3)
        {
            start--;
        }

        if (start > 0 && char.IsLetterOrDigit(text[start - 1]))
        {
            return false;
        }

        return (index - start) switch
        {
            1 => IsClitic(text[start]),
            // "الـ15 من اغسطس": Arabic writes the article on a number (the tatweel is folded away).
            2 => (text[start] is 'و' or 'ف' && text[start + 1] is 'ب' or 'ل' or 'ك') || (text[start] == 'ا' && text[start + 1] == 'ل' && char.IsAsciiDigit(text[index])),
            _ => false,
        };
    }
}
