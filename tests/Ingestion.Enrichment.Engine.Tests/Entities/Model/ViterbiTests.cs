using Ingestion.Enrichment.Engine.Entities.Model;

namespace Ingestion.Enrichment.Engine.Tests.Entities.Model;

public class ViterbiTests
{
    private const int L = NerLabels.Count;

    [Fact]
    public void Decode_TransitionOutweighsEmission_PicksTheBestPath()
    {
        // Token 1 leans to I-PER alone, but only B-PER may precede I-PER; token 0 leans weakly to O.
        var emissions = new float[2 * L];
        emissions[0] = 1;
        emissions[1] = 0.5f;
        emissions[L + 2] = 3;
        var transitions = new float[(L + 1) * L];
        var labels = new int[2];

        Viterbi.Decode(emissions, 2, transitions, labels, default);

        Assert.Equal([1, 2], labels);
    }

    [Fact]
    public void Decode_IllegalInsideAtStart_IsNeverChosen()
    {
        var emissions = new float[L];
        emissions[6] = 5;
        var labels = new int[1];

        Viterbi.Decode(emissions, 1, new float[(L + 1) * L], labels, default);

        Assert.NotEqual(6, labels[0]);
    }

    [Fact]
    public void Decode_WithMargins_ReportsHowClearTheWinnerIs()
    {
        var emissions = new float[2 * L];
        emissions[5] = 4;
        emissions[L] = 1;
        emissions[L + 3] = 0.9f;
        var labels = new int[2];
        var margins = new float[2];

        Viterbi.Decode(emissions, 2, new float[(L + 1) * L], labels, margins);

        Assert.Equal([5, 0], labels);
        Assert.Equal(4, margins[0], 3);
        Assert.Equal(0.1f, margins[1], 3);
    }

    [Fact]
    public void Decode_PairScores_DecideBetweenContinuingAndOpeningAName()
    {
        (float[] emissions, float[] pairs) = ContinuationCase();
        var labels = new int[2];

        Viterbi.Decode(emissions, 2, new float[(L + 1) * L], labels, default, pairs);

        Assert.Equal([1, 2], labels);
    }

    [Fact]
    public void Decode_PairScoresWithMargins_CountThemInTheMargin()
    {
        (float[] emissions, float[] pairs) = ContinuationCase();
        var labels = new int[2];
        var margins = new float[2];

        Viterbi.Decode(emissions, 2, new float[(L + 1) * L], labels, margins, pairs);

        // Token 1: I-PER after B-PER scores 2 + 1.5, the best other path B-PER, B-PER scores 2 + 1.
        Assert.Equal(0.5f, margins[1], 3);
    }

    // Token 1 leans to B-PER alone; its pair score for (B-PER, I-PER) makes the continuation win instead.
    private static (float[] Emissions, float[] Pairs) ContinuationCase()
    {
        var emissions = new float[2 * L];
        emissions[1] = 2;
        emissions[L + 1] = 1;
        var pairs = new float[2 * Viterbi.PairWidth];
        pairs[Viterbi.PairWidth + (2 * L) + 2] = 1.5f;
        return (emissions, pairs);
    }
}
