namespace Ingestion.Enrichment.Engine;

/// <summary>An article to enrich.</summary>
/// <param name="Title">The headline.</param>
/// <param name="Body">The body, with <c>\n</c> newlines.</param>
/// <param name="ReferenceDate">The date relative expressions resolve against (publishedAt, else receivedAt).</param>
/// <param name="DeclaredLanguage">The language the source declared, if any; used only when detection is unsure.</param>
public sealed record EnrichmentRequest(string Title, string Body, DateOnly ReferenceDate, string? DeclaredLanguage = null)
{
    /// <summary>The text the engine annotates: headline, newline, body. Offsets index into this string.</summary>
    public string Text { get; } = Title + "\n" + Body;

    /// <summary>Where the body starts in <see cref="Text"/>.</summary>
    public int BodyStart => Title.Length + 1;
}
