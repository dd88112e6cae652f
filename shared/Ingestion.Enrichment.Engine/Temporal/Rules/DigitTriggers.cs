namespace Ingestion.Enrichment.Engine.Temporal.Rules;

/// <summary>Digit shapes that wake a rule up, besides its trigger words.</summary>
[Flags]
internal enum DigitTriggers
{
    None = 0,

    /// <summary>A run of exactly four digits: a year.</summary>
    FourDigits = 1,

    /// <summary>Digits followed by ':': a clock time.</summary>
    Colon = 2,

    /// <summary>Digits followed by '/', '-' or '.' and another digit, or by " / " and a digit: a numeric date.</summary>
    DateSeparator = 4,

    /// <summary>Digits followed by "a.m.", "pm" and the like, with or without a space: an English clock time.</summary>
    Meridiem = 8,
}
