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
}
