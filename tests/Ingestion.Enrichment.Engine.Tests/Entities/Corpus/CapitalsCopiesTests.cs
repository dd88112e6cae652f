using Ingestion.Enrichment.Engine.Entities.Corpus;

namespace Ingestion.Enrichment.Engine.Tests.Entities.Corpus;

public class CapitalsCopiesTests
{
    private static ConllSentence Sentence(int n) => new(["Mayor", $"Lindqvist{n}", "opened", "the", "bridge"], ["O", "B-PER", "O", "O", "O"]);

    [Fact]
    public void Add_EveryThird_AppendsCapitalisedCopiesOfTheThirdAndSixthWithTheirTags()
    {
        List<ConllSentence> sentences = [.. Enumerable.Range(1, 7).Select(Sentence)];

        List<ConllSentence> result = CapitalsCopies.Add(sentences, 3);

        Assert.Equal(9, result.Count);
        Assert.Equal(sentences, result.Take(7));
        Assert.Equal(["MAYOR", "LINDQVIST3", "OPENED", "THE", "BRIDGE"], result[7].Tokens);
        Assert.Equal(sentences[2].Tags, result[7].Tags);
        Assert.Equal("LINDQVIST6", result[8].Tokens[1]);
    }

    [Fact]
    public void Add_Zero_KeepsTheSentencesAlone()
    {
        List<ConllSentence> sentences = [.. Enumerable.Range(1, 4).Select(Sentence)];

        Assert.Equal(sentences, CapitalsCopies.Add(sentences, 0));
    }
}
