namespace Ingestion.Enrichment.Engine.Text;

/// <summary>The script class of a token, used by features and by sentence splitting.</summary>
public enum TokenKind
{
    /// <summary>Arabic letters, with any diacritics and tatweel inside the word.</summary>
    ArabicWord,

    /// <summary>Letters of any other script, possibly with digits (F16) or inner apostrophes (O'Neil).</summary>
    LatinWord,

    /// <summary>Digits, ASCII or Arabic-Indic, with inner separators (1,500 or 3.5 or 2021/05/06).</summary>
    Number,

    /// <summary>One punctuation or symbol character.</summary>
    Punctuation,
}
