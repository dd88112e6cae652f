namespace Ingestion.Enrichment.Engine.Temporal.Rules;

/// <summary>What a rule may look at besides its match: the whole (normalized) text and the reference date.</summary>
internal readonly record struct RuleContext(string Text, DateOnly Reference)
{
    /// <summary>The word ending just before <paramref name="index"/> (after skipping spaces), or empty.</summary>
    public string WordBefore(int index)
    {
        int end = index;
        while (end > 0 && char.IsWhiteSpace(Text[end - 1]))
        {
            end--;
        }

        int start = end;
        while (start > 0 && char.IsLetter(Text[start - 1]))
        {
            start--;
        }

        return Text[start..end];
    }

    /// <summary>The word starting just after <paramref name="index"/> (after skipping spaces), or empty.</summary>
    public string WordAfter(int index)
    {
        int start = index;
        while (start < Text.Length && char.IsWhiteSpace(Text[start]))
        {
            start++;
        }

        int end = start;
        while (end < Text.Length && char.IsLetter(Text[end]))
        {
            end++;
        }

        return Text[start..end];
    }

    /// <summary>The first non-space character before <paramref name="index"/>, or '\n' at the start of the text.</summary>
    public char CharBefore(int index)
    {
        int i = index;
        while (i > 0 && Text[i - 1] == ' ')
        {
            i--;
        }

        return i == 0 ? '\n' : Text[i - 1];
    }

    /// <summary>The first non-space character at or after <paramref name="index"/>, or '\n' at the end of the text.</summary>
    public char CharAfter(int index)
    {
        int i = index;
        while (i < Text.Length && Text[i] == ' ')
        {
            i++;
        }

        return i == Text.Length ? '\n' : Text[i];
    }
}
