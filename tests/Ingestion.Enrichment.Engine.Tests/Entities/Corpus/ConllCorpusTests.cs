using Ingestion.Enrichment.Engine.Entities.Corpus;

namespace Ingestion.Enrichment.Engine.Tests.Entities.Corpus;

public class ConllCorpusTests
{
    [Fact]
    public void Read_BlankLinesBetweenSentences_SplitsSentences()
    {
        const string Text = "فرانكفورت B-LOC\n(د O\n\n\nأعلن O\nاتحاد B-ORG\n";

        IReadOnlyList<ConllSentence> sentences = ConllCorpus.Read(new StringReader(Text));

        Assert.Equal(2, sentences.Count);
        Assert.Equal(["فرانكفورت", "(د"], sentences[0].Tokens);
        Assert.Equal(["O", "B-ORG"], sentences[1].Tags);
    }

    [Fact]
    public void Write_ThenRead_RoundTrips()
    {
        ConllSentence[] sentences = [new(["a", "b"], ["B-PER", "O"]), new(["c"], ["B-LOC"])];
        var writer = new StringWriter();

        ConllCorpus.Write(writer, sentences, [.. sentences.Select(s => s.Tags)]);
        IReadOnlyList<ConllSentence> read = ConllCorpus.Read(new StringReader(writer.ToString()));

        Assert.Equal("a B-PER\nb O\n\nc B-LOC\n\n", writer.ToString());
        Assert.Equal(sentences.Select(s => s.Tokens), read.Select(s => s.Tokens));
        Assert.Equal(sentences.Select(s => s.Tags), read.Select(s => s.Tags));
    }
}
