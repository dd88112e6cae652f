using Ingestion.Enrichment.Engine.Entities.Representations;

namespace Ingestion.Enrichment.Engine.Tests.Entities.Representations;

public class SkipGramTrainerTests
{
    private static readonly SkipGramOptions s_options = new() { Dimension = 16, Epochs = 5, MinCount = 1, Buckets = 1000, Subsample = 0, Threads = 2, RoundTokens = 50 };

    [Fact]
    public void Train_SameSeedAndThreads_GivesTheSameVectors()
    {
        (Vocabulary vocabulary, List<int[]> sentences) = Corpus();

        WordVectors first = SkipGramTrainer.Train(sentences, vocabulary, s_options);
        WordVectors second = SkipGramTrainer.Train(sentences, vocabulary, s_options);

        Assert.Equal(first.Values, second.Values);
    }

    [Fact]
    public void Train_WordsInTheSameContexts_EndCloserThanWordsInOthers()
    {
        (Vocabulary vocabulary, List<int[]> sentences) = Corpus();

        WordVectors vectors = SkipGramTrainer.Train(sentences, vocabulary, s_options with { Epochs = 30 });

        float cities = Cosine(vectors, vocabulary.IdOf("بغداد"), vocabulary.IdOf("دمشق"));
        float cityAndFruit = Cosine(vectors, vocabulary.IdOf("بغداد"), vocabulary.IdOf("تفاحة"));
        Assert.True(cities > cityAndFruit, $"بغداد~دمشق {cities}, بغداد~تفاحة {cityAndFruit}");
    }

    [Fact]
    public void Subwords_Word_HasItsOwnRowThenCharacterNgramBuckets()
    {
        int[] rows = SkipGramTrainer.Subwords("قطر", 7, 100, s_options);

        // "<قطر>": three 3-grams, two 4-grams; the 5-gram is the whole marked word and is left out.
        Assert.Equal(7, rows[0]);
        Assert.Equal(6, rows.Length);
        Assert.All(rows.Skip(1), r => Assert.InRange(r, 100, 100 + s_options.Buckets - 1));
    }

    private static (Vocabulary, List<int[]>) Corpus()
    {
        string[] cities = ["بغداد", "دمشق", "القاهرة"];
        string[] fruits = ["تفاحة", "موزة", "برتقالة"];
        var text = new List<string[]>();
        for (int i = 0; i < 60; i++)
        {
            text.Add(["سافر", "الوزير", "إلى", cities[i % 3], "أمس"]);
            text.Add(["أكل", "الطفل", fruits[i % 3], "طازجة", "اليوم"]);
        }

        Vocabulary vocabulary = Vocabulary.Build(text, 1);
        return (vocabulary, [.. text.Select(vocabulary.Encode)]);
    }

    private static float Cosine(WordVectors vectors, int a, int b)
    {
        ReadOnlySpan<float> x = vectors.Row(a);
        ReadOnlySpan<float> y = vectors.Row(b);
        float dot = 0, nx = 0, ny = 0;
        for (int i = 0; i < x.Length; i++)
        {
            dot += x[i] * y[i];
            nx += x[i] * x[i];
            ny += y[i] * y[i];
        }

        return dot / MathF.Sqrt(nx * ny);
    }
}
