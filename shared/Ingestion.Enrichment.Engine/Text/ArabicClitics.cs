namespace Ingestion.Enrichment.Engine.Text;

/// <summary>
/// Proclitics of a normalized Arabic word: conjunction (و ف), preposition (ب ل ك) and article (ال, or لل after ل).
/// </summary>
/// <remarks>Stripping is a guess, never a split of the text: a stem must keep at least two letters after it.</remarks>
public static class ArabicClitics
{
    /// <summary>The length of the proclitic run at the start of a normalized word (0 when none).</summary>
    public static int PrefixLength(ReadOnlySpan<char> word)
    {
        int p = 0;
        if (word.Length - p > 4 && word[p] is 'و' or 'ف')
        {
            p++;
        }

        if (word.Length - p > 4 && word[p] == 'ل' && word[p + 1] == 'ل')
        {
            return p + 2;
        }

        if (word.Length - p > 3 && word[p] is 'ب' or 'ل' or 'ك' && word[p + 1] == 'ا' && word[p + 2] == 'ل')
        {
            return p + 3;
        }

        if (word.Length - p > 3 && word[p] == 'ا' && word[p + 1] == 'ل')
        {
            return p + 2;
        }

        if (p == 0 && word.Length > 3 && word[0] is 'ب' or 'ل' or 'ك')
        {
            // A bare preposition on a name (بدمشق, لبلينكن) is common, but so are stems starting with these letters;
            // the recognizer sees both forms, so the guess only has to be cheap.
            return 1;
        }

        return p;
    }
}
