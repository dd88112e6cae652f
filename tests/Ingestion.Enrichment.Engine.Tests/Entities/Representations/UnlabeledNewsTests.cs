using Ingestion.Enrichment.Engine.Entities.Representations;

namespace Ingestion.Enrichment.Engine.Tests.Entities.Representations;

public class UnlabeledNewsTests
{
    [Fact]
    public void Sentences_Text_AreLinesOfNormalizedWordsWithoutPunctuation()
    {
        string[] sentence = Assert.Single(UnlabeledNews.Sentences("قال الرئيسُ إنّ 25 شخصاً، في بغداد.\nكلمة"));

        Assert.Equal(["قال", "الرئيس", "ان", "00", "شخصا", "في", "بغداد"], sentence);
    }

    [Fact]
    public void Encode_RareWords_AreLeftOutOfTheVocabularyAndTheSentences()
    {
        (Vocabulary vocabulary, List<int[]> sentences) = UnlabeledNews.Encode(["زار الوزير بغداد\nزار الوزير دمشق"], minCount: 2);

        Assert.Equal(["الوزير", "زار"], vocabulary.Words);
        Assert.Equal([[1, 0], [1, 0]], sentences);
    }
}
