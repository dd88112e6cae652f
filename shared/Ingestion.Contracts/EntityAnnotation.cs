namespace Ingestion.Contracts;

/// <summary>A named entity mention. <c>text[Start..End] == Text</c>, offsets in UTF-16 code units.</summary>
public sealed record EntityAnnotation
{
    /// <summary>The mention exactly as it stands in the text.</summary>
    public required string Text { get; init; }

    /// <summary>One of <see cref="EntityTypes"/>: PER, ORG, LOC, MISC.</summary>
    public required string Type { get; init; }

    /// <summary>Start offset, inclusive.</summary>
    public required int Start { get; init; }

    /// <summary>End offset, exclusive.</summary>
    public required int End { get; init; }

    /// <summary>The recognizer's confidence, 0 to 1.</summary>
    public double Confidence { get; init; }

    /// <summary>The entity's canonical (longest) name when several mentions refer to it, e.g. بلينكن → آنثوني بلينكن.</summary>
    public string? CanonicalName { get; init; }

    /// <summary>For a person, the role from the title phrase before the name, e.g. وزير الخارجية الكويتي.</summary>
    public string? Role { get; init; }
}
