namespace Ingestion.Enrichment.Engine.Text;

/// <summary>A token as a span of the original text: <c>text[Start..End]</c>, offsets in UTF-16 code units.</summary>
public readonly record struct Token(int Start, int End, TokenKind Kind)
{
    /// <summary>Length in UTF-16 code units.</summary>
    public int Length => End - Start;

    /// <summary>The token's characters in <paramref name="text"/>.</summary>
    public ReadOnlySpan<char> Slice(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.AsSpan(Start, End - Start);
    }
}
