using Ingestion.Contracts;
using Ingestion.Enrichment.Engine.Entities.Corpus;
using Ingestion.Enrichment.Engine.Entities.Evaluation;
using Ingestion.Enrichment.Engine.Tests.Entities.PostProcessing;

namespace Ingestion.Enrichment.Engine.Tests.Entities.Evaluation;

public class RecognizerEvaluatorTests
{
    private const string Story = "Saddam's envoy met Acme Corp. in New York.";

    [Fact]
    public void Evaluate_StandoffDocuments_ScoresSpansOnTheEngineTokens()
    {
        // A span ending inside a token ("Acme Cor") covers that token, as the gold "Acme Corp" does; the possessive is a
        // token of its own, so "Saddam's" is not "Saddam"; "New" alone is a wrong span.
        var recognizer = new FixedEntityRecognizer(Entity(0, 8, "PER"), Entity(19, 27, "ORG"), Entity(33, 36, "LOC"));
        StandoffNerDocument document = new("a.txt", Story, "en", "dev", [Entity(0, 6, "PER"), Entity(19, 28, "ORG"), Entity(33, 41, "LOC")]);

        (NerEvaluation evaluation, IReadOnlyList<ConllSentence> gold) = RecognizerEvaluator.Evaluate(recognizer, [document]);

        Assert.Equal(new EntityScore(3, 3, 1), evaluation.Micro);
        Assert.Equal(1.0, evaluation.PerType["ORG"].F1, 6);
        Assert.Equal(0.0, evaluation.PerType["PER"].F1, 6);
        Assert.Equal("B-LOC", gold[0].Tags[gold[0].Tokens.ToList().IndexOf("New")]);
    }

    private static EntityAnnotation Entity(int start, int end, string type) =>
        new() { Text = Story[start..end], Type = type, Start = start, End = end };
}
