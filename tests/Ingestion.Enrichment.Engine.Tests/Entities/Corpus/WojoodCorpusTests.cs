using Ingestion.Enrichment.Engine.Entities.Corpus;

namespace Ingestion.Enrichment.Engine.Tests.Entities.Corpus;

public class WojoodCorpusTests
{
    [Theory]
    [InlineData("PERS", "PER")]
    [InlineData("ORG", "ORG")]
    [InlineData("GPE", "LOC")]
    [InlineData("FAC", "LOC")]
    [InlineData("OCC", null)]
    [InlineData("NORP", null)]
    [InlineData("DATE", null)]
    public void CoarseType_WojoodType_MapsToTheCoarseOneOrNothing(string type, string? coarse) =>
        Assert.Equal(coarse, WojoodCorpus.CoarseType(type));

    [Fact]
    public void Read_NestedNames_KeepsTheOutermostPersonOrganizationOrPlace()
    {
        // "the Security Council against Assad" is one organization holding a person; the occupation holds an
        // organization and a place, which stay.
        string text = """
            في O
            مجلس B-ORG
            الأمن I-ORG
            ضد I-ORG
            الأسد I-ORG B-PERS
            $#$ O

            سكرتير B-OCC
            اللجنة I-OCC B-ORG
            القومية I-OCC I-ORG
            في I-OCC
            نابلس I-OCC B-GPE
            1948 B-DATE
            """;

        IReadOnlyList<ConllSentence> sentences = WojoodCorpus.Read(new StringReader(text));

        Assert.Equal(2, sentences.Count);
        Assert.Equal(["في", "مجلس", "الأمن", "ضد", "الأسد"], sentences[0].Tokens);
        Assert.Equal(["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG"], sentences[0].Tags);
        Assert.Equal(["O", "B-ORG", "I-ORG", "O", "B-LOC", "O"], sentences[1].Tags);
    }
}
