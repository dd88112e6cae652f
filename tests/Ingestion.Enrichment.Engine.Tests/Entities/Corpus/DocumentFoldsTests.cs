using Ingestion.Enrichment.Engine.Entities.Corpus;

namespace Ingestion.Enrichment.Engine.Tests.Entities.Corpus;

public class DocumentFoldsTests
{
    [Theory]
    [InlineData("فرانكفورت (د ب أ) أعلن اتحاد")]
    [InlineData("بغداد ( اف ب ) قال")]
    [InlineData("ساو باولو ( رويترز ) أعلنت")]
    public void OpensWithDateline_PlaceThenBracketedAgency_IsTrue(string sentence) =>
        Assert.True(DocumentFolds.OpensWithDateline(sentence.Split(' ')));

    [Theory]
    [InlineData("وقال رئيس الاتحاد برند جوتشولك")]
    [InlineData("ويخشى رونالدو ( 21 عاما ) أن")]
    [InlineData("وظهر باتشان ( 63 عاما")]
    [InlineData("قال إن الوزير وصل ( أمس")]
    public void OpensWithDateline_NoBracketedAgencyAfterAPlace_IsFalse(string sentence) =>
        Assert.False(DocumentFolds.OpensWithDateline(sentence.Split(' ')));

    [Fact]
    public void Assign_DatelineNearTheEvenCut_CutsThereSoTheDocumentStaysWhole()
    {
        // 100 sentences, a dateline at 52: the border of two folds moves from 50 to 52.
        List<ConllSentence> corpus = [.. Enumerable.Range(0, 100).Select(i => Sentence(i == 52 ? "بغداد ( اف ب ) قال" : $"جملة{i} أخرى"))];

        int[] folds = DocumentFolds.Assign(corpus, 2);

        Assert.Equal(52, folds.Count(f => f == 0));
        Assert.All(folds.Skip(52), f => Assert.Equal(1, f));
    }

    [Fact]
    public void Assign_NoDatelines_CutsEvenContiguousFolds()
    {
        List<ConllSentence> corpus = [.. Enumerable.Range(0, 10).Select(i => Sentence($"جملة{i} أخرى"))];

        int[] folds = DocumentFolds.Assign(corpus, 5);

        Assert.Equal([0, 0, 1, 1, 2, 2, 3, 3, 4, 4], folds);
    }

    [Fact]
    public void Assign_OneFold_IsRejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => DocumentFolds.Assign([Sentence("جملة أخرى"), Sentence("جملة ثانية")], 1));

    private static ConllSentence Sentence(string text)
    {
        string[] tokens = text.Split(' ');
        return new ConllSentence(tokens, [.. tokens.Select(_ => "O")]);
    }
}
