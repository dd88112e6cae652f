using Ingestion.Enrichment.Engine.Entities.Corpus;

namespace Ingestion.Enrichment.Engine.Tests.Entities.Corpus;

public class WikiFaneCorpusTests
{
    [Theory]
    [InlineData("Politician", "PER")]
    [InlineData("Religious_PER", "PER")]
    [InlineData("Commercial", "ORG")]
    [InlineData("Population-Center", "LOC")]
    [InlineData("Nation", "LOC")]
    [InlineData("Building-Grounds", "LOC")]
    [InlineData("Group", null)]
    [InlineData("Software", null)]
    [InlineData("Book", null)]
    public void CoarseType_FineType_MapsToTheCoarseOneOrNothing(string fine, string? coarse) =>
        Assert.Equal(coarse, WikiFaneCorpus.CoarseType(fine));

    [Fact]
    public void Read_SplitClitics_AreJoinedBackWithTheWordsTag()
    {
        // The file's own conventions: BOM, LRM before tokens, CRLF, a tab-only line between sentences.
        string text = "\uFEFF\u200Eو\tO\r\n\u200Eب\tO\r\n\u200Eجوبا\tB-Population-Center\r\n\u200Eمدن\tO\r\n\u200Eها\tO\r\n،\tO\r\n\t\r\n\u200Eكتاب\tB-Book\r\n";

        IReadOnlyList<ConllSentence> sentences = WikiFaneCorpus.Read(new StringReader(text));

        Assert.Equal(2, sentences.Count);
        Assert.Equal(["وبجوبا", "مدنها", "،"], sentences[0].Tokens);
        Assert.Equal(["B-LOC", "O", "O"], sentences[0].Tags);
        Assert.Equal(["كتاب"], sentences[1].Tokens);
        Assert.Equal(["O"], sentences[1].Tags);
    }

    [Fact]
    public void Read_ConjunctionInsideAName_KeepsItsInsideTag()
    {
        string text = "البوسنة\tB-Nation\nو\tI-Nation\nالهرسك\tI-Nation\n";

        ConllSentence sentence = Assert.Single(WikiFaneCorpus.Read(new StringReader(text)));

        Assert.Equal(["البوسنة", "والهرسك"], sentence.Tokens);
        Assert.Equal(["B-LOC", "I-LOC"], sentence.Tags);
    }
}
