using Ingestion.Contracts;
using Ingestion.Enrichment.Engine.Temporal;
using Ingestion.Enrichment.Engine.Temporal.Evaluation;

namespace Ingestion.Enrichment.Engine.Tests.Temporal.Evaluation;

public sealed class TimexEvaluatorTests
{
    [Fact]
    public void Evaluate_ScriptedTagger_CountsStrictRelaxedTypeAndValueAsTempEval3()
    {
        // Gold: four expressions. System: one exact and right, one overlapping with the wrong value, one exact with the
        // wrong type, one spurious; the fourth gold one is missed.
        string text = "on Monday and in the last two years, at 5 pm, in 1998 and now.";
        TimexDocument document = new("d", text, "en", new DateOnly(1998, 3, 4),
        [
            At(text, "Monday", "DATE", "1998-03-02"),
            At(text, "the last two years", "DURATION", "P2Y"),
            At(text, "5 pm", "TIME", "1998-03-04T17:00"),
            At(text, "1998", "DATE", "1998"),
        ]);
        var tagger = new ScriptedTagger(
        [
            At(text, "Monday", "DATE", "1998-03-02"),
            At(text, "two years", "DURATION", "P2D"),
            At(text, "5 pm", "DATE", "1998-03-04T17:00"),
            At(text, "now", "DATE", "PRESENT_REF"),
        ]);

        TimexReport report = new TimexEvaluator(tagger).Evaluate([document]);

        TimexScore s = report.Overall;
        Assert.Equal((4, 4, 2, 3, 2, 2), (s.Gold, s.System, s.Strict, s.Relaxed, s.TypeCorrect, s.ValueCorrect));
        Assert.Equal(0.5, s.StrictSpan.F1, 3);
        Assert.Equal(0.75, s.RelaxedSpan.Precision, 3);
        Assert.Equal(0.75, s.RelaxedSpan.Recall, 3);
        Assert.Equal(2.0 / 3, s.ValueAccuracy, 3);
        Assert.Equal(0.5, s.Value.F1, 3);
        Assert.Equal(["missed", "spurious", "type", "value"], report.Mismatches.Select(m => m.Kind).Order(StringComparer.Ordinal));
        Assert.Equal((2, 3), (report.ByType["DATE"].Gold, report.ByType["DATE"].System));
    }

    [Fact]
    public void Evaluate_OneSystemSpanOverTwoGold_PairsItOnce()
    {
        string text = "from March 3 to 5";
        TimexDocument document = new("d", text, "en", new DateOnly(1998, 1, 1),
            [At(text, "March 3", "DATE", "1998-03-03"), At(text, "5", "DATE", "1998-03-05")]);
        var tagger = new ScriptedTagger([At(text, "March 3 to 5", "DATE", "1998-03-03")]);

        TimexScore s = new TimexEvaluator(tagger).Evaluate([document]).Overall;

        Assert.Equal((2, 1, 1, 1), (s.Gold, s.System, s.Relaxed, s.ValueCorrect));
    }

    private static TemporalAnnotation At(string text, string span, string type, string value)
    {
        int start = text.IndexOf(span, StringComparison.Ordinal);
        return new TemporalAnnotation { Text = span, Start = start, End = start + span.Length, Type = type, Value = value };
    }

    private sealed class ScriptedTagger(IReadOnlyList<TemporalAnnotation> annotations) : ITemporalTagger
    {
        public IReadOnlyList<TemporalAnnotation> Tag(string text, string language, DateOnly referenceDate) => annotations;
    }
}
