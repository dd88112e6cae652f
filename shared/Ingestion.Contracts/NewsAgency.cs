namespace Ingestion.Contracts;

/// <summary>A news agency detected in an article's dateline.</summary>
public sealed record NewsAgency
{
    /// <summary>The agency's full name in the article's language, e.g. <c>وكالة أنباء الشرق الأوسط</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The abbreviation as it appears in datelines, e.g. <c>أ ش أ</c>.</summary>
    public string? Abbreviation { get; init; }

    /// <summary>The Latin short name, e.g. <c>MENA</c>.</summary>
    public string? Latin { get; init; }

    /// <summary>Offset of the dateline mention in the text (UTF-16, inclusive).</summary>
    public int Start { get; init; }

    /// <summary>End of the dateline mention in the text (UTF-16, exclusive).</summary>
    public int End { get; init; }
}
