using Ingestion.Enrichment.Engine.Text;

namespace Ingestion.Enrichment.Engine.Tests.Text;

public class ArabicCliticsTests
{
    [Theory]
    [InlineData("والكويت", "كويت")]
    [InlineData("بالكويت", "كويت")]
    [InlineData("فالرئيس", "رئيس")]
    [InlineData("للكويت", "كويت")]
    [InlineData("الكويت", "كويت")]
    [InlineData("لبلينكن", "بلينكن")]
    [InlineData("وزير", "وزير")]
    [InlineData("ولد", "ولد")]
    public void PrefixLength_NormalizedWord_LeavesTheStem(string word, string stem) =>
        Assert.Equal(stem, word[ArabicClitics.PrefixLength(word)..]);

    [Fact]
    public void PrefixLengths_ConjunctionThenPreposition_ListsNoCutThenEachClitic()
    {
        Span<int> lengths = stackalloc int[ArabicClitics.MaxPrefixes];

        int count = ArabicClitics.PrefixLengths("وبالكويت", lengths);

        Assert.Equal([0, 1, 2], lengths[..count].ToArray());
    }

    [Theory]
    [InlineData("والكويت", true)]
    [InlineData("للشوون", true)]
    [InlineData("الوزير", true)]
    [InlineData("وزير", false)]
    [InlineData("الي", false)]
    public void IsDefinite_FoldedWord_SeesTheArticleBehindClitics(string folded, bool definite) =>
        Assert.Equal(definite, ArabicClitics.IsDefinite(folded));
}
