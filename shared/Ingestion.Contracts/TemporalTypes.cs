namespace Ingestion.Contracts;

/// <summary>The TIMEX3 types of <see cref="TemporalAnnotation.Type"/>.</summary>
public static class TemporalTypes
{
    /// <summary>A calendar date or period: a day, month, quarter, year.</summary>
    public const string Date = "DATE";

    /// <summary>A time of day, possibly with a date.</summary>
    public const string Time = "TIME";

    /// <summary>A length of time.</summary>
    public const string Duration = "DURATION";

    /// <summary>A recurring time.</summary>
    public const string Set = "SET";
}
