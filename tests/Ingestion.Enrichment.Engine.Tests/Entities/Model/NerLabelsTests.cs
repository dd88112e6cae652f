using Ingestion.Enrichment.Engine.Entities.Model;

namespace Ingestion.Enrichment.Engine.Tests.Entities.Model;

public class NerLabelsTests
{
    [Theory]
    [InlineData("B-PERS", "B-PER")]
    [InlineData("I-PERS", "I-PER")]
    [InlineData("B-LOC", "B-LOC")]
    [InlineData("I-MISC", "I-MISC")]
    [InlineData("O", "O")]
    [InlineData("B-DATE", "O")]
    public void Parse_CorpusTag_MapsToTheFourTypes(string tag, string expected) =>
        Assert.Equal(expected, NerLabels.Names[NerLabels.Parse(tag)]);
}
