using Ingestion.Enrichment.Engine.Entities.Corpus;
using Ingestion.Enrichment.Engine.Entities.Evaluation;

namespace Ingestion.Enrichment.Engine.Tests.Entities.Evaluation;

public class NerEvaluatorTests
{
    [Fact]
    public void Spans_InsideAfterOutside_OpensAnEntity()
    {
        HashSet<(int Start, int End, int Type)> spans = NerEvaluator.Spans(["O", "I-LOC", "I-LOC", "B-PER", "B-PER", "I-ORG"]);

        Assert.Equal([(1, 3, 2), (3, 4, 0), (4, 5, 0), (5, 6, 1)], spans.OrderBy(s => s.Start));
    }

    [Fact]
    public void Score_PartialMatch_CountsOnlyExactSpansAndTypes()
    {
        ConllSentence[] gold =
        [
            new(["a", "b", "c", "d"], ["B-PERS", "I-PERS", "O", "B-LOC"]),
        ];
        IReadOnlyList<string>[] predicted = [["B-PER", "O", "O", "B-LOC"]];

        NerEvaluation evaluation = NerEvaluator.Score(gold, predicted);

        Assert.Equal(new EntityScore(2, 2, 1), evaluation.Micro);
        Assert.Equal(0.5, evaluation.Micro.F1, 6);
        Assert.Equal(1.0, evaluation.PerType["LOC"].F1, 6);
        Assert.Equal(0.0, evaluation.PerType["PER"].F1, 6);
        Assert.Equal(0.0, evaluation.PerType["MISC"].F1, 6);
    }
}
