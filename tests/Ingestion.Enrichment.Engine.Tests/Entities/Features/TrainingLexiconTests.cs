using Ingestion.Enrichment.Engine.Entities.Features;
using Ingestion.Enrichment.Engine.Entities.Model;

namespace Ingestion.Enrichment.Engine.Tests.Entities.Features;

public class TrainingLexiconTests
{
    private const ulong Ahmad = 11;
    private const ulong Kuwait = 22;
    private const ulong Said = 33;

    private static int Label(string name) => NerLabels.Parse(name);

    [Fact]
    public void Build_TaggedWords_MarksBeginAndInsidePerType()
    {
        TrainingLexicon lexicon = TrainingLexicon.Build(
        [
            ([Said, Ahmad, Kuwait], [0, Label("B-PER"), Label("B-LOC")]),
            ([Kuwait, Ahmad], [Label("B-ORG"), Label("I-ORG")]),
        ]);

        Assert.Equal((1 << 0) | (1 << (1 + 4)), lexicon.MaskOf(Ahmad));
        Assert.Equal((1 << 2) | (1 << 1), lexicon.MaskOf(Kuwait));
        Assert.Equal(0, lexicon.MaskOf(Said));
    }

    [Fact]
    public void Build_WordMostlyUntagged_CarriesTheMostlyUntaggedBit()
    {
        TrainingLexicon lexicon = TrainingLexicon.Build(
        [
            ([Said, Kuwait], [0, Label("B-LOC")]),
            ([Kuwait], [0]),
            ([Kuwait], [0]),
        ]);

        Assert.Equal((1 << 2) | TrainingLexicon.MostlyUntagged, lexicon.MaskOf(Kuwait));
    }

    [Fact]
    public void Build_Punctuation_IsSkipped()
    {
        TrainingLexicon lexicon = TrainingLexicon.Build([([0, Kuwait], [Label("B-LOC"), Label("B-LOC")])]);

        Assert.Equal(0, lexicon.MaskOf(0));
        Assert.Equal(1 << 2, lexicon.MaskOf(Kuwait));
    }
}
