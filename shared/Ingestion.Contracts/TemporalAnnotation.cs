namespace Ingestion.Contracts;

/// <summary>
/// A date or time expression with its TIMEX3 value, resolved against the article's reference date.
/// <c>text[Start..End] == Text</c>, offsets in UTF-16 code units.
/// </summary>
public sealed record TemporalAnnotation
{
    /// <summary>The expression exactly as it stands in the text.</summary>
    public required string Text { get; init; }

    /// <summary>One of <see cref="TemporalTypes"/>: DATE, TIME, DURATION, SET.</summary>
    public required string Type { get; init; }

    /// <summary>Start offset, inclusive.</summary>
    public required int Start { get; init; }

    /// <summary>End offset, exclusive.</summary>
    public required int End { get; init; }

    /// <summary>The TIMEX3 value: <c>2021-07-29</c>, <c>2021-Q4</c>, <c>P60Y</c>, <c>T10:00</c>, ...</summary>
    public required string Value { get; init; }

    /// <summary>The TIMEX3 modifier, e.g. <c>START</c>, <c>MID</c>, <c>END</c>, when the text narrows the period.</summary>
    public string? Mod { get; init; }
}
