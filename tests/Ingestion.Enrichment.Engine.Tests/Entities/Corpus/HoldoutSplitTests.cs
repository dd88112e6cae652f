using Ingestion.Enrichment.Engine.Entities.Corpus;

namespace Ingestion.Enrichment.Engine.Tests.Entities.Corpus;

public class HoldoutSplitTests
{
    private static readonly int[] s_corpus = [.. Enumerable.Range(0, 95)];

    [Fact]
    public void Split_NoSlice_HoldsOutTheLastPercentRoundedUp()
    {
        (List<int> train, List<int> dev) = HoldoutSplit.Split(s_corpus, 10);

        Assert.Equal(Enumerable.Range(85, 10), dev);
        Assert.Equal(Enumerable.Range(0, 85), train);
    }

    [Fact]
    public void Split_SliceNineOfTen_HoldsOutTheSliceBeforeTheLast()
    {
        (List<int> train, List<int> dev) = HoldoutSplit.Split(s_corpus, 10, 9);

        Assert.Equal(Enumerable.Range(75, 10), dev);
        Assert.Equal([.. Enumerable.Range(0, 75), .. Enumerable.Range(85, 10)], train);
    }

    [Fact]
    public void Split_FirstSlice_IsWhatIsLeftAtTheStart()
    {
        (List<int> train, List<int> dev) = HoldoutSplit.Split(s_corpus, 10, 1);

        Assert.Equal(Enumerable.Range(0, 5), dev);
        Assert.Equal(Enumerable.Range(5, 90), train);
    }

    [Fact]
    public void Split_ZeroPercent_TrainsOnEverything()
    {
        (List<int> train, List<int> dev) = HoldoutSplit.Split(s_corpus, 0);

        Assert.Empty(dev);
        Assert.Equal(s_corpus, train);
    }

    [Fact]
    public void Split_SliceOutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => HoldoutSplit.Split(s_corpus, 10, 11));
        Assert.Throws<ArgumentOutOfRangeException>(() => HoldoutSplit.Split(s_corpus, 10, 0));
    }
}
