using Ingestion.Contracts;
using Ingestion.Enrichment.Engine.Temporal;

namespace Ingestion.Enrichment.Engine.Tests.Temporal;

internal static class TemporalAssert
{
    /// <summary>2021-07-29, a Thursday: the seed article's reference date.</summary>
    public static readonly DateOnly Reference = new(2021, 7, 29);

    private static readonly RuleTemporalTagger s_tagger = new();

    public static IReadOnlyList<TemporalAnnotation> Tag(string text, string language = "ar") => s_tagger.Tag(text, language, Reference);

    /// <summary>Asserts that <paramref name="text"/> yields exactly one expression with these properties.</summary>
    public static TemporalAnnotation Single(string text, string expectedText, string type, string value, string? mod = null, string language = "ar")
    {
        IReadOnlyList<TemporalAnnotation> found = Tag(text, language);
        TemporalAnnotation annotation = Assert.Single(found);
        Assert.Equal(expectedText, annotation.Text);
        Assert.Equal(text[annotation.Start..annotation.End], annotation.Text);
        Assert.Equal(type, annotation.Type);
        Assert.Equal(value, annotation.Value);
        Assert.Equal(mod, annotation.Mod);
        return annotation;
    }

    /// <summary>The value of the one expression in <paramref name="text"/> whose text ends with <paramref name="ending"/>.</summary>
    public static string ValueOfOneEndingWith(string text, string ending, string language = "ar") =>
        Assert.Single(Tag(text, language), a => a.Text.EndsWith(ending, StringComparison.Ordinal)).Value;
}
